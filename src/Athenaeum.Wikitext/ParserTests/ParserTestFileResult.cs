namespace Athenaeum.Wikitext.ParserTests;

/// <summary>The results of every case of one parser-test file.</summary>
/// <param name="File">The file name ("parserTests.txt").</param>
/// <param name="Results">The per-case results in file order.</param>
public sealed record ParserTestFileResult(string File, IReadOnlyList<ParserTestResult> Results)
{
    /// <summary>Gets the number of passed cases.</summary>
    public int Passed => Results.Count(r => r.Outcome == ParserTestOutcome.Passed);

    /// <summary>Gets the number of failed cases.</summary>
    public int Failed => Results.Count(r => r.Outcome == ParserTestOutcome.Failed);

    /// <summary>Gets the number of skipped cases.</summary>
    public int Skipped => Results.Count(r => r.Outcome == ParserTestOutcome.Skipped);
}

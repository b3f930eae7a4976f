namespace Athenaeum.Wikitext.ParserTests;

/// <summary>The result of one parser-test case.</summary>
/// <param name="File">The file name of the test file ("parserTests.txt").</param>
/// <param name="Name">The case name.</param>
/// <param name="Wikitext">The case's wikitext.</param>
/// <param name="Expected">The expected HTML after normalisation, or "" for a skipped case.</param>
/// <param name="Actual">The engine's HTML after normalisation, the exception text for a render that threw, or "" for a skipped case.</param>
/// <param name="Outcome">Passed, failed or skipped.</param>
/// <param name="Reason">Why the case was skipped or threw, or "".</param>
/// <param name="LineNumber">The 1-based line of the case's <c>!! test</c> header.</param>
public sealed record ParserTestResult(
    string File,
    string Name,
    string Wikitext,
    string Expected,
    string Actual,
    ParserTestOutcome Outcome,
    string Reason,
    int LineNumber);

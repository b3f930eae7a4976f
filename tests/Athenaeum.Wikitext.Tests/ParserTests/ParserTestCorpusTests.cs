using System.Globalization;
using System.Text;
using Athenaeum.Wikitext.ParserTests;
using Xunit.Abstractions;

namespace Athenaeum.Wikitext.Tests.ParserTests;

/// <summary>
/// MediaWiki's own parser tests, one xunit case per test case. A case passes when it passes, or when it
/// fails and is listed in known-failures.txt; a listed case that passes fails (so the list shrinks as
/// the engine improves and a regression breaks the build).
/// </summary>
public sealed class ParserTestCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in ParserTestCorpus.Files.Values)
        {
            foreach (var testCase in file.Cases)
            {
                data.Add(file.FileName, ParserTestCorpus.CaseId(testCase));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParserTest_RendersExpectedHtml(string file, string name)
    {
        // Arrange
        var (parsed, testCase) = ParserTestCorpus.Find(file, name);
        var known = ParserTestCorpus.KnownFailures.Contains(ParserTestCorpus.Key(file, name));

        // Act
        var result = ParserTestCorpus.Runner.RunCase(parsed, testCase);

        // Assert
        if (result.Outcome == ParserTestOutcome.Failed && !known)
        {
            Assert.Fail(Describe(result, "fails (and is not in known-failures.txt)"));
        }

        if (result.Outcome != ParserTestOutcome.Failed && known)
        {
            Assert.Fail($"{file}: {name} now {result.Outcome.ToString().ToLowerInvariant()}: remove it from known-failures.txt");
        }
    }

    [Fact]
    public void ParserTests_AllFiles_ReportPassCounts()
    {
        // Arrange
        var failures = new List<string>();
        var report = new StringBuilder();
        var total = (Passed: 0, Failed: 0, Skipped: 0);

        // Act
        foreach (var file in ParserTestCorpus.Files.Values)
        {
            var result = ParserTestCorpus.Runner.Run(file);
            var run = result.Passed + result.Failed;
            report.AppendLine(CultureInfo.InvariantCulture, $"{result.File}: {result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped ({(run == 0 ? 0 : 100.0 * result.Passed / run):F1}% of {run} run)");
            total = (total.Passed + result.Passed, total.Failed + result.Failed, total.Skipped + result.Skipped);
            failures.AddRange(result.Results.Where(r => r.Outcome == ParserTestOutcome.Failed).Select(r => ParserTestCorpus.Key(r.File, r.Name.Length > 0 ? r.Name : "(line " + r.LineNumber + ")")));
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"total: {total.Passed} passed, {total.Failed} failed, {total.Skipped} skipped");
        output.WriteLine(report.ToString());

        // Regenerate the list on request (ATHENAEUM_UPDATE_KNOWN_FAILURES=1) after an improvement.
        if (Environment.GetEnvironmentVariable("ATHENAEUM_UPDATE_KNOWN_FAILURES") == "1")
        {
            File.WriteAllLines(ParserTestCorpus.KnownFailuresSourcePath, [
                "# Parser-test cases that currently fail (file: name). Regenerate with ATHENAEUM_UPDATE_KNOWN_FAILURES=1",
                "# dotnet test --filter ParserTests_AllFiles_ReportPassCounts; a listed case that passes fails the suite.",
                .. failures]);
        }

        // Assert
        Assert.True(total.Passed + total.Failed > 0, "no parser test ran");
        Assert.Equal(ParserTestCorpus.KnownFailures.Order(StringComparer.Ordinal), failures.Order(StringComparer.Ordinal));
    }

    private static string Describe(ParserTestResult result, string what)
        => $"{result.File}: {result.Name} (line {result.LineNumber}) {what}\n--- wikitext\n{result.Wikitext}\n--- expected\n{result.Expected}\n--- actual\n{result.Actual}\n";
}

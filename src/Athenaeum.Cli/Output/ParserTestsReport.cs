using System.Globalization;
using Athenaeum.Wikitext.ParserTests;
using Spectre.Console;

namespace Athenaeum.Cli.Output;

/// <summary>The output of <c>athenaeum parser-tests</c>: counts per file and in total, and the failures in full with <c>--verbose</c>.</summary>
internal static class ParserTestsReport
{
    /// <summary>Prints a table of passed, failed and skipped cases per file, then the total.</summary>
    /// <param name="results">The files' results.</param>
    public static void PrintCounts(IReadOnlyList<ParserTestFileResult> results)
    {
        var table = new Table().AddColumn("File").AddColumn("Passed", c => c.RightAligned()).AddColumn("Failed", c => c.RightAligned())
            .AddColumn("Skipped", c => c.RightAligned()).AddColumn("Total", c => c.RightAligned());
        foreach (var file in results)
        {
            AddRow(table, file.File, file.Passed, file.Failed, file.Skipped);
        }

        AddRow(table, "Total", results.Sum(r => r.Passed), results.Sum(r => r.Failed), results.Sum(r => r.Skipped));
        CliConsole.Out.Write(table);
        var passed = results.Sum(r => r.Passed);
        var run = passed + results.Sum(r => r.Failed);
        CliConsole.Line(string.Create(CultureInfo.InvariantCulture, $"passed {passed:N0} of {run:N0} cases run ({(run == 0 ? 0 : (double)passed / run):P1}), {results.Sum(r => r.Skipped):N0} skipped"));
    }

    /// <summary>Prints every failed case: file and line, name, wikitext, expected and actual HTML.</summary>
    /// <param name="results">The files' results.</param>
    public static void PrintFailures(IReadOnlyList<ParserTestFileResult> results)
    {
        var output = Console.Out;
        foreach (var failure in results.SelectMany(r => r.Results).Where(r => r.Outcome == ParserTestOutcome.Failed))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIL {failure.File}:{failure.LineNumber}: {failure.Name}"));
            if (failure.Reason.Length > 0)
            {
                output.WriteLine("  reason: " + failure.Reason);
            }

            Section(output, "wikitext", failure.Wikitext);
            Section(output, "expected", failure.Expected);
            Section(output, "actual", failure.Actual);
            output.WriteLine();
        }
    }

    private static void AddRow(Table table, string name, int passed, int failed, int skipped)
        => table.AddRow(
            Markup.Escape(name),
            passed.ToString("N0", CultureInfo.InvariantCulture),
            failed.ToString("N0", CultureInfo.InvariantCulture),
            skipped.ToString("N0", CultureInfo.InvariantCulture),
            (passed + failed + skipped).ToString("N0", CultureInfo.InvariantCulture));

    private static void Section(TextWriter output, string name, string text)
    {
        output.WriteLine("  --- " + name);
        foreach (var line in text.Split('\n'))
        {
            output.WriteLine("  " + line);
        }
    }
}

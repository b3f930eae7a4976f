using System.CommandLine;
using Athenaeum.Cli.Output;
using Athenaeum.Wikitext.ParserTests;

namespace Athenaeum.Cli.Commands;

/// <summary>
/// <c>athenaeum parser-tests [FILES…]</c>: runs MediaWiki's parser-test files through the engine with the
/// runner of the xunit suite (<see cref="ParserTestRunner"/>) and prints pass/fail/skip counts per file.
/// </summary>
internal static class ParserTestsCommand
{
    /// <summary>Where the corpus keeps MediaWiki 1.39's parser-test files, relative to a project checkout.</summary>
    public const string CorpusFolder = "shared/corpus/parser-tests";

    public static Command Create()
    {
        var files = new Argument<string[]>("FILES")
        {
            Description = "Parser-test files or folders of *.txt files (default: ../shared/corpus/parser-tests/, looked up from the current directory upwards).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var filter = new Option<string?>("--filter") { Description = "Run only the cases whose name contains TEXT (ignoring case).", HelpName = "TEXT" };
        var verbose = new Option<bool>("--failures", "--verbose", "-v") { Description = "Print each failure: its name, line, wikitext, expected and actual HTML." };
        var command = new Command(
            "parser-tests",
            """
            Runs MediaWiki's parser-test files (the "!! test" format of tests/parser/) through the engine,
            exactly as the xunit suite does, and prints the passed, failed and skipped cases per file and in
            total. Exits with 1 when a case fails.

            Examples:
              athenaeum parser-tests
              athenaeum parser-tests ../shared/corpus/parser-tests/citeParserTests.txt --failures
              athenaeum parser-tests --filter "nowiki" --failures
            """)
        {
            files,
            filter,
            verbose,
        };
        command.SetAction((parse, cancellationToken) => CliConsole.RunAsync(
            () => Task.FromResult(Run(parse.GetValue(files) ?? [], parse.GetValue(filter), parse.GetValue(verbose), cancellationToken))));
        return command;
    }

    private static int Run(string[] arguments, string? filter, bool verbose, CancellationToken cancellationToken)
    {
        List<string> paths;
        if (arguments.Length == 0)
        {
            var folder = FindCorpusFolder(Directory.GetCurrentDirectory());
            if (folder is null)
            {
                return CliConsole.Error($"no {CorpusFolder} folder beside the current directory or above it; name the files.");
            }

            paths = [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)];
        }
        else
        {
            paths = [];
            foreach (var argument in arguments)
            {
                if (Directory.Exists(argument))
                {
                    paths.AddRange(Directory.GetFiles(argument, "*.txt").Order(StringComparer.Ordinal));
                }
                else if (File.Exists(argument))
                {
                    paths.Add(argument);
                }
                else
                {
                    return CliConsole.Error($"{argument}: no such file or folder.");
                }
            }
        }

        var runner = new ParserTestRunner();
        var results = new List<ParserTestFileResult>(paths.Count);
        foreach (var path in paths)
        {
            ParserTestFile file;
            try
            {
                file = ParserTestReader.ReadFile(path);
            }
            catch (FormatException ex)
            {
                return CliConsole.Error($"{path}: {ex.Message}");
            }

            results.Add(RunFile(runner, file, filter, cancellationToken));
        }

        if (verbose)
        {
            ParserTestsReport.PrintFailures(results);
        }

        ParserTestsReport.PrintCounts(results);
        return results.Any(r => r.Failed > 0) ? CliConsole.Failure : 0;
    }

    private static ParserTestFileResult RunFile(ParserTestRunner runner, ParserTestFile file, string? filter, CancellationToken cancellationToken)
    {
        var cases = string.IsNullOrEmpty(filter)
            ? file.Cases
            : [.. file.Cases.Where(c => c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))];

        // The runner is thread-safe and the cases independent: run them on every core, report in file order.
        var results = new ParserTestResult[cases.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, cases.Count, options, i => results[i] = runner.RunCase(file, cases[i]));
        return new ParserTestFileResult(file.FileName, results);
    }

    // The corpus sits beside the checkout (../shared/corpus/parser-tests from the project root), so look
    // for it from the current directory and each of its parents.
    private static string? FindCorpusFolder(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var inside = Path.Combine(directory.FullName, CorpusFolder);
            if (Directory.Exists(inside))
            {
                return inside;
            }
        }

        return null;
    }
}

using System.CommandLine;
using Athenaeum.Cli.Output;
using Athenaeum.Import;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Search;

namespace Athenaeum.Cli.Commands;

/// <summary><c>athenaeum import DUMP</c>: imports (or resumes importing, or updates from) a dump.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var dump = new Argument<string>("DUMP")
        {
            Description = "The dump: .xml, .xml.bz2, or a multistream .xml.bz2 (its -index.txt.bz2 beside it is used).",
        };
        var index = new Option<string?>("--index")
        {
            Description = "The multistream index, when it is not <dump name>-index.txt.bz2 beside the dump.",
            HelpName = "PATH",
        };
        var library = LibraryOption.Create();
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Pages per transaction (1 to " + ImportOptions.MaxBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").",
            HelpName = "N",
            DefaultValueFactory = _ => ImportOptions.DefaultBatchSize,
        };
        batchSize.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > ImportOptions.MaxBatchSize)
            {
                result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--batch-size must be between 1 and {ImportOptions.MaxBatchSize}; got {value}."));
            }
        });

        var compression = new Option<string>("--compression")
        {
            Description = "How page texts are stored: deflate (fastest import) or brotli (about a quarter smaller, about twice the compression time).",
            HelpName = "CODEC",
            DefaultValueFactory = _ => "deflate",
        };
        compression.AcceptOnlyFromAmong("deflate", "brotli");

        var decodeOnly = new Option<bool>("--decode-only")
        {
            Description = "Only decompress and parse the dump (as an import does) and print its pages and rate; store nothing. Measures the import's ceiling.",
        };

        var command = new Command(
            "import",
            """
            Imports a MediaWiki XML dump into the library.

            An interrupted import (Ctrl+C, a crash, kill -9) resumes where it stopped when the same command
            runs again. Importing the same dump again changes nothing; importing a newer dump of the same
            wiki updates changed pages, adds new ones and marks pages it no longer has as removed.
            A library holds one wiki: a dump of another wiki is refused.

            Examples:
              athenaeum import fatwiki-20240920-pages-articles-multistream.xml.bz2
              athenaeum import enwiki-latest-pages-articles-multistream.xml.bz2 --library /srv/enwiki.db
              athenaeum import dump.xml.bz2 --index dump-index.txt.bz2 --batch-size 5000 --compression brotli
              athenaeum import dump.xml.bz2 --decode-only
            """)
        {
            dump,
            index,
            library,
            batchSize,
            compression,
            decodeOnly,
        };
        command.SetAction((parse, cancellationToken) => CliConsole.RunAsync(() => parse.GetValue(decodeOnly)
            ? DecodeOnlyRun.RunAsync(parse.GetValue(dump)!, parse.GetValue(index), cancellationToken)
            : RunAsync(
            parse.GetValue(dump)!,
            parse.GetValue(index),
            parse.GetValue(library)!,
            parse.GetValue(batchSize),
            string.Equals(parse.GetValue(compression), "brotli", StringComparison.Ordinal) ? TextCodec.Brotli : TextCodec.Deflate,
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(string dumpPath, string? indexPath, string libraryPath, int batchSize, TextCodec codec, CancellationToken cancellationToken)
    {
        // Readers map no more than 64 MiB of the file: the import's reads (unchanged pages, the summary's counts over the link
        // tables, the search catch-up) touch most of it once, and a mapping of it all would count in the process's memory.
        using var library = SqliteLibraryProvider.Open(libraryPath, new SqliteLibraryOptions { MmapMiB = 64 });
        var importer = new DumpImporter(library, new ImportOptions { BatchSize = batchSize, IndexPath = indexPath, Codec = codec });
        ImportSummary summary;
        try
        {
            summary = await ImportProgressDisplay.RunAsync(
                dumpPath,
                library.Location,
                progress => importer.ImportAsync(dumpPath, progress, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var run = library.ImportRuns.GetLatestRun();
            await Console.Error.WriteLineAsync(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"interrupted: {run?.Progress.PagesRead ?? 0:N0} pages are committed; run the same command again to resume."));
            return CliConsole.Interrupted;
        }

        ImportSummaryPrinter.Print(summary, library.Location, library.Site.GetSite());

        // The import indexes every article it adds or changes, in the same transactions. The catch-up pass indexes what it
        // did not (pages stored through the library API, or an index emptied by a schema upgrade: then every article's text is
        // stripped again, which can take as long as the import, so it reports progress) and is otherwise a quick check.
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var indexed = await SearchIndexSynchronizer.SynchronizeLibraryAsync(library, EveryFiveSeconds<int>(watch, "Search index", "pages"), cancellationToken);
            CliConsole.Line(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Search index: {summary.SearchEntries:N0} articles indexed by the import; catch-up: {indexed:N0} pages added, updated or removed in {watch.Elapsed.TotalSeconds:N1} s."));
            await DecideHiddenCategoriesAsync(library, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The pages are in; what was interrupted is derived data, which the next import or the server completes.
            await Console.Error.WriteLineAsync(
                "interrupted after the pages were imported: the search index or the hidden categories are incomplete; "
                + "run the same command again, or serve the library (the server completes both).");
            return CliConsole.Interrupted;
        }

        return 0;
    }

    /// <summary>A progress line every five seconds: count and rate.</summary>
    private static SynchronousProgress<T> EveryFiveSeconds<T>(System.Diagnostics.Stopwatch watch, string what, string unit)
        where T : struct, IConvertible
    {
        var lastReport = TimeSpan.Zero;
        return new SynchronousProgress<T>(done =>
        {
            if (watch.Elapsed - lastReport >= TimeSpan.FromSeconds(5))
            {
                lastReport = watch.Elapsed;
                var count = done.ToDouble(System.Globalization.CultureInfo.InvariantCulture);
                CliConsole.Line(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what}: {count:N0} {unit} · {count / watch.Elapsed.TotalSeconds:N0} {unit}/s"));
            }
        });
    }

    // Which category pages hide their category (__HIDDENCAT__, mostly through templates), decided by the preprocessor so
    // that the site never renders category pages to tell; only pages that are new or whose page or templates changed.
    private static async Task DecideHiddenCategoriesAsync(SqliteLibraryProvider library, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await HiddenCategoryScanner.SynchronizeLibraryAsync(library, EveryFiveSeconds<long>(watch, "Hidden categories", "category pages"), cancellationToken);
        CliConsole.Line(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"Hidden categories: {result.Decided:N0} of {result.Checked:N0} category pages decided ({result.Rendered:N0} rendered, {result.Failed:N0} failed); {result.Hidden:N0} hidden; {result.Elapsed.TotalSeconds:N1} s."));
    }
}

using System.Globalization;
using Athenaeum.Import;
using Athenaeum.Storage;

namespace Athenaeum.Cli.Output;

/// <summary>Prints what an import did and what the library holds after it.</summary>
internal static class ImportSummaryPrinter
{
    public static void Print(ImportSummary summary, string libraryPath, LibrarySite? site)
    {
        var run = summary.Run;
        var p = run.Progress;
        var console = CliConsole.Out;
        CliConsole.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"Imported {Path.GetFileName(summary.DumpFile)} ({summary.DatabaseName}) into {libraryPath}{(summary.IsResumed ? ", resuming an interrupted run" : string.Empty)}"));
        CliConsole.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"  {summary.SessionPages:N0} pages in {ImportProgressDisplay.FormatDuration(summary.Elapsed)}: {summary.PagesPerSecond:N0} pages/s, {summary.XmlMegabytesPerSecond:N1} MB/s of XML"));
        CliConsole.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"  run: {p.PagesRead:N0} read, {p.Added:N0} added, {p.Updated:N0} updated, {p.Unchanged:N0} unchanged, {run.Removed:N0} removed, {p.Skipped:N0} skipped"));
        var t = summary.StageTimes;
        CliConsole.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"  search index: {summary.SearchEntries:N0} articles indexed · stages: workers {t.Transform.TotalSeconds:N1} s, writer {t.Writer.TotalSeconds:N1} s (idle {t.WriterIdle.TotalSeconds:N1} s), reader blocked by a full queue {t.ReaderBlocked.TotalSeconds:N1} s"));
        LibraryTables.Print(console, summary.Library, site);
    }
}

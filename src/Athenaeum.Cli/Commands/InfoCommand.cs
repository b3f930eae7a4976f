using System.CommandLine;
using System.Globalization;
using Athenaeum.Cli.Output;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;
using Spectre.Console;

namespace Athenaeum.Cli.Commands;

/// <summary><c>athenaeum info</c>: what a library holds.</summary>
internal static class InfoCommand
{
    public static Command Create()
    {
        var library = LibraryOption.Create();
        var command = new Command(
            "info",
            """
            Shows what the library holds: the wiki, its language, the source dump and its date, pages per
            namespace, redirects, categories, links, the size on disk and the last import.

            Examples:
              athenaeum info
              athenaeum info --library /srv/enwiki.db
            """)
        {
            library,
        };
        command.SetAction((parse, _) => CliConsole.RunAsync(() => Task.FromResult(Run(parse.GetValue(library)!))));
        return command;
    }

    private static int Run(string libraryPath)
    {
        using var library = SqliteLibraryProvider.Open(libraryPath, new SqliteLibraryOptions { ReadOnly = true });
        var console = CliConsole.Out;
        var site = library.Site.GetSite();
        CliConsole.Line("Library    " + library.Location);
        if (site is null)
        {
            CliConsole.Line("           empty: nothing has been imported yet");
            return 0;
        }

        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string value) => grid.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("Wiki", $"{site.SiteName} ({site.DatabaseName})");
        Row("Language", site.Language);
        Row("Source", site.BaseUrl);
        Row("Dump", $"{site.SourceDumpFile ?? "unknown"}, dated {site.DumpDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}");
        Row("Generator", $"{site.Generator}, export schema {site.ExportSchemaVersion}");
        Row("Schema", library.SchemaVersion.ToString(CultureInfo.InvariantCulture));
        if (library.ImportRuns.GetLatestRun() is { } run)
        {
            Row("Last import", Describe(run));
        }

        console.Write(grid);
        LibraryTables.Print(console, library.Site.GetStatistics(), site);
        return 0;
    }

    private static string Describe(ImportRun run)
    {
        var p = run.Progress;
        var when = (run.FinishedAt ?? run.StartedAt).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var state = run.Status switch
        {
            ImportRunStatus.Completed => "completed",
            ImportRunStatus.Failed => "failed (" + run.Error + "); run the import again to resume",
            ImportRunStatus.Abandoned => "abandoned",
            _ => "incomplete; run the import again to resume",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{run.SourceFile}, {when}, {state}: {p.PagesRead:N0} read, {p.Added:N0} added, {p.Updated:N0} updated, {p.Unchanged:N0} unchanged, {run.Removed:N0} removed");
    }
}

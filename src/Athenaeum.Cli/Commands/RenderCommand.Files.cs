using System.Globalization;
using System.Text;
using Athenaeum.Cli.Output;
using Athenaeum.Cli.Rendering;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Cli.Commands;

/// <content><c>render --file A --file B … --out DIR</c> and <c>render --files-from LIST --out DIR</c>: many files in one process.</content>
internal static partial class RenderCommand
{
    // A list longer than this is a mistake (a binary file given as LIST, say), not a batch to start.
    private const int MaxListedFiles = 10_000_000;

    private static readonly Func<CancellationToken, RenderedPage> Refused = _ => throw new InvalidOperationException("A refused page is never rendered.");

    private static async Task<int> RenderFilesAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.OutputDirectory))
        {
            return CliConsole.Error("several files (or --files-from) need --out DIR, the directory to write NAME.html files to.");
        }

        var paths = new List<string>(request.Files);
        if (request.FilesFrom is not null)
        {
            var listed = await ReadFileListAsync(request.FilesFrom, cancellationToken);
            if (listed is null)
            {
                return CliConsole.Error($"{request.FilesFrom}: no such file (the list of --files-from).");
            }

            paths.AddRange(listed);
        }

        if (paths.Count == 0)
        {
            return CliConsole.Error($"{request.FilesFrom}: lists no files to render.");
        }

        if (paths.Contains("-", StringComparer.Ordinal))
        {
            return CliConsole.Error("'--file -' (stdin) renders one page to stdout; with --out DIR give the files by path.");
        }

        if (request.PageTitle is not null && paths.Count > 1)
        {
            return CliConsole.Error("--title names one page; with several files each is titled after its file name ('_' as space).");
        }

        // A library, when there is one, supplies the wiki's settings, templates and modules to every file.
        var useLibrary = request.LibraryGiven || File.Exists(request.LibraryPath);
        using var library = useLibrary ? SqliteLibraryProvider.Open(request.LibraryPath, new SqliteLibraryOptions { ReadOnly = true }) : null;
        var renderer = library is null ? PageRenderer.Standalone() : PageRenderer.ForLibrary(library);
        var settings = new RenderAllSettings(Path.GetFullPath(request.OutputDirectory), request.Jobs, TimeSpan.FromSeconds(request.TimeoutSeconds));
        var runner = new RenderAllRunner(FileJobs(paths, request.PageTitle, renderer), paths.Count, settings, failure => Console.Error.WriteLine("error: " + failure.Title + ": " + failure.Message));
        var wiki = library is null ? "as pages of a plain English wiki" : "with " + library.Location;
        var header = string.Create(CultureInfo.InvariantCulture, $"Rendering {paths.Count:N0} files {wiki} into {settings.OutputDirectory} ({request.Jobs} jobs)");
        var summary = await RenderProgressDisplay.RunAsync(header, runner, "files", cancellationToken);
        PrintSummary(summary, "files");
        if (summary.Interrupted)
        {
            return CliConsole.Interrupted;
        }

        return summary.Failures.Count > 0 ? CliConsole.Failure : 0;
    }

    // One path per line, blank lines skipped, as find(1) prints them; null when the list does not exist.
    private static async Task<List<string>?> ReadFileListAsync(string list, CancellationToken cancellationToken)
    {
        var fromStdin = string.Equals(list, "-", StringComparison.Ordinal);
        if (!fromStdin && !File.Exists(list))
        {
            return null;
        }

        using var reader = fromStdin ? null : new StreamReader(list, Encoding.UTF8);
        var input = reader ?? Console.In;
        var paths = new List<string>();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Trim().Length > 0)
            {
                paths.Add(line.TrimEnd('\r'));
            }

            if (paths.Count > MaxListedFiles)
            {
                throw new IOException($"{list}: lists more than {MaxListedFiles:N0} files; split it.");
            }
        }

        return paths;
    }

    // Each file is a page titled after its name (or --title for a single file) and written to DIR/NAME.html,
    // NAME from that title as in --all. A file whose name is no valid title, or whose title another file of
    // the run already has (the second would overwrite the first's NAME.html), is refused without touching DIR.
    private static List<RenderJob> FileJobs(List<string> paths, string? pageTitle, PageRenderer renderer)
    {
        var jobs = new List<RenderJob>(paths.Count);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var titleText = pageTitle ?? TitleFromFileName(path);
            var title = renderer.Titles.Parse(titleText);
            if (title is null || title.IsExternal)
            {
                jobs.Add(new RenderJob(titleText.Length > 0 ? titleText : path, path, Refused, $"'{titleText}' (from the file name) is not a valid page title; rename the file"));
                continue;
            }

            var name = title.PrefixedText;
            if (!owners.TryAdd(name, path))
            {
                jobs.Add(new RenderJob(name, path, Refused, $"renders as the page '{name}', as {owners[name]} does; its {OutputFileName.Stem(name)}.html would overwrite that one"));
                continue;
            }

            jobs.Add(new RenderJob(name, path, token => renderer.RenderTextPage(ReadWikitext(path), title, token)));
        }

        return jobs;
    }

    private static string ReadWikitext(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("it is a folder, not a wikitext file.");
        }

        return File.ReadAllText(path, Encoding.UTF8);
    }

    private static string TitleFromFileName(string path) => Path.GetFileNameWithoutExtension(path).Replace('_', ' ');

}

using System.CommandLine;
using Athenaeum.Cli.Output;
using Athenaeum.Cli.Rendering;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Cli.Commands;

/// <summary>
/// <c>athenaeum render</c>: a stored page's HTML (<c>render TITLE</c>), a wikitext file's HTML
/// (<c>render --file</c>), many files into a directory in one process (<c>render --file A --file B --out DIR</c>,
/// <c>--files-from LIST</c>), or every page of a namespace into a directory (<c>render --all --out DIR</c>).
/// </summary>
internal static partial class RenderCommand
{
    private const int DefaultTimeLimitSeconds = 120;
    private const int MaxTimeLimitSeconds = 3600;

    // Each worker holds a Lua sandbox (up to 50 MB) and a page in memory; more than this buys nothing.
    private const int MaxJobs = 64;

    public static Command Create()
    {
        var title = new Argument<string?>("TITLE")
        {
            Description = "The page to render, with its namespace (\"Template:Infobox\").",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string[]>("--file", "-f")
        {
            Description = "Render this wikitext file instead of a stored page ('-' reads stdin). Repeat it, or give several paths, with --out DIR to render many in one process.",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = true,
        };
        var filesFrom = new Option<string?>("--files-from") { Description = "Render the wikitext files listed in this file, one path per line ('-' reads the list from stdin), into --out DIR.", HelpName = "LIST" };
        var pageTitle = new Option<string?>("--title", "-t") { Description = "With one --file: the title to render it as (default: the file name, '_' as space).", HelpName = "T" };
        var all = new Option<bool>("--all") { Description = "Render every page of a namespace into --out DIR, one NAME.html per page." };
        var output = new Option<string?>("--out", "-o") { Description = "With --all, several files or --files-from: the output directory (created if missing).", HelpName = "DIR" };
        var ns = new Option<int>("--namespace", "-n") { Description = "With --all: the namespace number to render.", DefaultValueFactory = _ => 0, HelpName = "N" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "With --all or --out: pages rendered at once.", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var timeout = new Option<int>("--timeout") { Description = "The most seconds one page may take; a slower page counts as failed.", DefaultValueFactory = _ => DefaultTimeLimitSeconds, HelpName = "SECONDS" };
        var library = LibraryOption.Create();
        var command = new Command(
            "render",
            """
            Renders pages to HTML exactly as MediaWiki 1.39 shows them (div.mw-parser-output, no edit links).
            A redirect page renders as its redirect header. --file works without a library, as a page of a
            plain English wiki; with a library, its templates and modules apply.
            --all writes DIR/NAME.html per page, NAME = the title with '_' for spaces, percent-encoded
            (the naming of the MediaWiki oracle files, for fidelity.py); a page that fails leaves NAME.err,
            and the exit code is non-zero if any page failed. Several --file paths (or --files-from LIST)
            with --out DIR render in one process the same way, each file titled after its name.

            Examples:
              athenaeum render "Kwame Nkrumah" > nkrumah.html
              athenaeum render --file page.wikitext --title "Sandbox"
              athenaeum render --file pages/*.wikitext --out rendered/
              find pages -name '*.wikitext' | athenaeum render --files-from - --out rendered/
              athenaeum render --all --out rendered/
              athenaeum render --all --namespace 10 --out templates/ --jobs 2
              python3 ../shared/tools/fidelity.py ../shared/corpus/oracle/fatwiki rendered/
            """)
        {
            title,
            file,
            filesFrom,
            pageTitle,
            all,
            output,
            ns,
            jobs,
            timeout,
            library,
        };
        command.SetAction((parse, cancellationToken) => CliConsole.RunAsync(async () =>
        {
            var request = new RenderRequest(
                parse.GetValue(title),
                parse.GetValue(file) ?? [],
                parse.GetValue(filesFrom),
                parse.GetValue(pageTitle),
                parse.GetValue(all),
                parse.GetValue(output),
                parse.GetValue(ns),
                parse.GetValue(jobs),
                parse.GetValue(timeout),
                parse.GetValue(library)!,
                parse.GetResult(library) is { Implicit: false });
            return await RunAsync(request, cancellationToken);
        }));
        return command;
    }

    private static async Task<int> RunAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        var givesFiles = request.Files.Count > 0 || request.FilesFrom is not null;
        var modes = (request.Title is null ? 0 : 1) + (givesFiles ? 1 : 0) + (request.All ? 1 : 0);
        if (modes != 1)
        {
            return CliConsole.Error("give exactly one of TITLE, --file PATH (or --files-from LIST) or --all (see 'athenaeum render --help').");
        }

        if (request.TimeoutSeconds is <= 0 or > MaxTimeLimitSeconds || request.Jobs is <= 0 or > MaxJobs)
        {
            return CliConsole.Error($"--timeout must be 1 to {MaxTimeLimitSeconds} seconds and --jobs 1 to {MaxJobs}.");
        }

        if (request.All)
        {
            return await RenderAllAsync(request, cancellationToken);
        }

        if (request.FilesFrom is not null || request.Files.Count > 1 || request.OutputDirectory is not null)
        {
            return givesFiles ? await RenderFilesAsync(request, cancellationToken) : CliConsole.Error("--out is for --all, several files or --files-from; 'render TITLE' prints to stdout.");
        }

        return givesFiles ? await RenderFileAsync(request, cancellationToken) : RenderTitle(request, cancellationToken);
    }

    private static int RenderTitle(RenderRequest request, CancellationToken cancellationToken)
    {
        using var library = SqliteLibraryProvider.Open(request.LibraryPath, new SqliteLibraryOptions { ReadOnly = true });
        var renderer = PageRenderer.ForLibrary(library);
        var title = renderer.Titles.Parse(request.Title!);
        if (title is null || title.IsExternal)
        {
            return CliConsole.Error($"'{request.Title}' is not a valid page title.");
        }

        var page = library.Pages.GetPage(title.Namespace, title.Text);
        if (page is null || page.IsRemoved)
        {
            return CliConsole.Error($"no page '{request.Title}' in {library.Location}.");
        }

        return Print(request, request.Title!, token => renderer.RenderPage(page, token).Html, cancellationToken);
    }
}

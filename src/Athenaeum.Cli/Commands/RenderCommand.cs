using System.CommandLine;
using Athenaeum.Cli.Output;
using Athenaeum.Cli.Rendering;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Cli.Commands;

/// <summary>
/// <c>athenaeum render</c>: a stored page's HTML (<c>render TITLE</c>), a wikitext file's HTML
/// (<c>render --file</c>), or every page of a namespace into a directory (<c>render --all --out DIR</c>).
/// </summary>
internal static partial class RenderCommand
{
    private const int DefaultTimeLimitSeconds = 120;

    public static Command Create()
    {
        var title = new Argument<string?>("TITLE")
        {
            Description = "The page to render, with its namespace (\"Template:Infobox\").",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string?>("--file", "-f") { Description = "Render this wikitext file instead of a stored page ('-' reads stdin).", HelpName = "PATH" };
        var pageTitle = new Option<string?>("--title", "-t") { Description = "With --file: the title to render it as (default: the file name, '_' as space).", HelpName = "T" };
        var all = new Option<bool>("--all") { Description = "Render every page of a namespace into --out DIR, one NAME.html per page." };
        var output = new Option<string?>("--out", "-o") { Description = "With --all: the output directory (created if missing).", HelpName = "DIR" };
        var ns = new Option<int>("--namespace", "-n") { Description = "With --all: the namespace number to render.", DefaultValueFactory = _ => 0, HelpName = "N" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "With --all: pages rendered at once.", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
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
            and the exit code is non-zero if any page failed.

            Examples:
              athenaeum render "Kwame Nkrumah" > nkrumah.html
              athenaeum render --file page.wikitext --title "Sandbox"
              athenaeum render --all --out rendered/
              athenaeum render --all --namespace 10 --out templates/ --jobs 2
              python3 ../shared/tools/fidelity.py ../shared/corpus/oracle/fatwiki rendered/
            """)
        {
            title,
            file,
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
                parse.GetValue(file),
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
        var modes = (request.Title is null ? 0 : 1) + (request.File is null ? 0 : 1) + (request.All ? 1 : 0);
        if (modes != 1)
        {
            return CliConsole.Error("give exactly one of TITLE, --file PATH or --all (see 'athenaeum render --help').");
        }

        if (request.TimeoutSeconds <= 0 || request.Jobs <= 0)
        {
            return CliConsole.Error("--timeout and --jobs must be positive.");
        }

        if (request.All)
        {
            return await RenderAllAsync(request, cancellationToken);
        }

        return request.File is not null ? await RenderFileAsync(request, cancellationToken) : RenderTitle(request, cancellationToken);
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

using System.Text;
using Athenaeum.Cli.Output;
using Athenaeum.Cli.Rendering;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Cli.Commands;

/// <content><c>render --file</c>, and printing one page's HTML.</content>
internal static partial class RenderCommand
{
    private static async Task<int> RenderFileAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        var path = request.Files[0];
        var fromStdin = string.Equals(path, "-", StringComparison.Ordinal);
        if (!fromStdin && !File.Exists(path))
        {
            return CliConsole.Error($"{path}: no such file.");
        }

        var wikitext = fromStdin
            ? await Console.In.ReadToEndAsync(cancellationToken)
            : await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
        var titleText = request.PageTitle ?? (fromStdin ? "Main Page" : TitleFromFileName(path));

        // A library, when there is one, supplies the wiki's settings, templates and modules.
        var useLibrary = request.LibraryGiven || File.Exists(request.LibraryPath);
        using var library = useLibrary ? SqliteLibraryProvider.Open(request.LibraryPath, new SqliteLibraryOptions { ReadOnly = true }) : null;
        var renderer = library is null ? PageRenderer.Standalone() : PageRenderer.ForLibrary(library);
        var title = renderer.Titles.Parse(titleText);
        if (title is null || title.IsExternal)
        {
            return CliConsole.Error($"'{titleText}' is not a valid page title; give one with --title.");
        }

        return Print(request, titleText, token => renderer.RenderText(wikitext, title, token).Html, cancellationToken);
    }

    // Renders under the per-page time limit and prints the HTML; a failure is one line on stderr.
    private static int Print(RenderRequest request, string what, Func<CancellationToken, string> render, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(request.TimeoutSeconds));
        string html;
        try
        {
            html = render(limit.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return CliConsole.Interrupted;
        }
        catch (OperationCanceledException)
        {
            return CliConsole.Error($"{what}: the render took longer than {request.TimeoutSeconds} s (--timeout).");
        }
#pragma warning disable CA1031 // An engine failure on this page becomes a one-line error naming the page.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return CliConsole.Error($"{what}: the render failed: {ex.GetType().Name}: {ex.Message}");
        }

        Console.Out.WriteLine(html);
        return 0;
    }
}

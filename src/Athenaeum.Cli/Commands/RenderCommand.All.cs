using System.Globalization;
using Athenaeum.Cli.Output;
using Athenaeum.Cli.Rendering;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Cli.Commands;

/// <content><c>render --all --out DIR</c>.</content>
internal static partial class RenderCommand
{
    // The failures listed one by one in the summary; the rest are counted (each has its NAME.err).
    private const int ListedFailures = 20;

    private static async Task<int> RenderAllAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.OutputDirectory))
        {
            return CliConsole.Error("--all needs --out DIR, the directory to write NAME.html files to.");
        }

        using var library = SqliteLibraryProvider.Open(request.LibraryPath, new SqliteLibraryOptions { ReadOnly = true });
        var renderer = PageRenderer.ForLibrary(library);
        if (!renderer.Configuration.TryGetNamespace(request.Namespace, out _))
        {
            return CliConsole.Error(string.Create(CultureInfo.InvariantCulture, $"--namespace {request.Namespace}: {library.Location} has no such namespace."));
        }

        var settings = new RenderAllSettings(Path.GetFullPath(request.OutputDirectory), request.Jobs, TimeSpan.FromSeconds(request.TimeoutSeconds));
        var runner = RenderAllRunner.ForNamespace(library, renderer, request.Namespace, settings, failure => Console.Error.WriteLine("error: " + failure.Title + ": " + failure.Message));
        var header = string.Create(
            CultureInfo.InvariantCulture,
            $"Rendering {runner.Total:N0} pages of namespace {request.Namespace} from {library.Location} into {settings.OutputDirectory} ({request.Jobs} jobs)");
        var summary = await RenderProgressDisplay.RunAsync(header, runner, "pages", cancellationToken);
        PrintSummary(summary, "pages");
        if (summary.Interrupted)
        {
            return CliConsole.Interrupted;
        }

        return summary.Failures.Count > 0 ? CliConsole.Failure : 0;
    }

    private static void PrintSummary(RenderAllSummary summary, string unit)
    {
        var state = summary.Interrupted ? "Interrupted" : "Done";
        CliConsole.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"{state}: {summary.Pages:N0} {unit}, {summary.Failures.Count:N0} errors, {ImportProgressDisplay.FormatDuration(summary.Elapsed)} elapsed, {summary.PagesPerSecond:N1} {unit}/s, Lua {summary.LuaShare:P0} of render time"));
        foreach (var failure in summary.Failures.Take(ListedFailures))
        {
            CliConsole.Line("  failed: " + failure.Title + ": " + failure.Message);
        }

        if (summary.Failures.Count > ListedFailures)
        {
            CliConsole.Line(string.Create(CultureInfo.InvariantCulture, $"  … and {summary.Failures.Count - ListedFailures:N0} more (see the .err files)"));
        }
    }
}

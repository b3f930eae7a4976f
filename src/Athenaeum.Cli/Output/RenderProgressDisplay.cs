using System.Globalization;
using Athenaeum.Cli.Rendering;
using Spectre.Console;

namespace Athenaeum.Cli.Output;

/// <summary>Live progress of <c>render --all</c>: a Spectre.Console bar on a terminal, a plain line every few seconds when redirected.</summary>
internal static class RenderProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="runner"/> on worker threads while showing its progress.</summary>
    /// <param name="header">The first line.</param>
    /// <param name="runner">The run.</param>
    /// <param name="unit">What is counted: "pages", or "files" for a list of files.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>The run's summary.</returns>
    public static Task<RenderAllSummary> RunAsync(string header, RenderAllRunner runner, string unit, CancellationToken cancellationToken)
        => CliConsole.IsInteractive ? RunLiveAsync(header, runner, unit, cancellationToken) : RunPlainAsync(header, runner, unit, cancellationToken);

    /// <summary>Describes a snapshot in one line.</summary>
    /// <param name="p">The snapshot.</param>
    /// <param name="unit">What is counted: "pages" or "files".</param>
    /// <returns>"1,234 of 1,485 pages · 41 pages/s · 3 errors · ETA 00:06".</returns>
    public static string Describe(RenderAllProgress p, string unit = "pages")
    {
        var eta = p.EstimatedRemaining is { } remaining ? " · ETA " + ImportProgressDisplay.FormatDuration(remaining) : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{p.Done:N0} of {p.Total:N0} {unit} · {p.PagesPerSecond:N1} {unit}/s · {p.Errors:N0} errors{eta}");
    }

    private static async Task<RenderAllSummary> RunLiveAsync(string header, RenderAllRunner runner, string unit, CancellationToken cancellationToken)
    {
        CliConsole.Out.MarkupLine("[bold]" + Markup.Escape(header) + "[/]");
        return await CliConsole.Out.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting…", maxValue: Math.Max(1, runner.Total));
                var run = Task.Run(() => runner.Run(cancellationToken), CancellationToken.None);
                while (!run.IsCompleted)
                {
                    await Task.WhenAny(run, Task.Delay(LiveInterval, CancellationToken.None));
                    var p = runner.Snapshot();
                    task.Value = Math.Min(p.Done, task.MaxValue);
                    task.Description = Markup.Escape(Describe(p, unit));
                }

                task.StopTask();
                return await run;
            });
    }

    private static async Task<RenderAllSummary> RunPlainAsync(string header, RenderAllRunner runner, string unit, CancellationToken cancellationToken)
    {
        CliConsole.Line(header);
        var run = Task.Run(() => runner.Run(cancellationToken), CancellationToken.None);
        while (!run.IsCompleted)
        {
            if (await Task.WhenAny(run, Task.Delay(PlainInterval, CancellationToken.None)) != run)
            {
                var p = runner.Snapshot();
                CliConsole.Line(ImportProgressDisplay.FormatDuration(p.Elapsed) + " " + Describe(p, unit));
            }
        }

        return await run;
    }
}

using System.Globalization;
using Athenaeum.Import;
using Spectre.Console;

namespace Athenaeum.Cli.Output;

/// <summary>
/// Shows an import's progress: a live Spectre.Console bar on a terminal, plain periodic lines when
/// stdout is redirected (logs, CI): pages, pages/s, MB/s of XML, % of the file and ETA.
/// </summary>
internal static class ImportProgressDisplay
{
    /// <summary>How often a plain progress line is printed.</summary>
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static Task<ImportSummary> RunAsync(string dumpPath, string libraryPath, Func<IProgress<ImportProgress>, Task<ImportSummary>> import)
    {
        var header = $"Importing {dumpPath} into {libraryPath}";
        return CliConsole.IsInteractive ? RunLiveAsync(header, import) : RunPlainAsync(header, import);
    }

    public static string Describe(ImportProgress p)
    {
        var eta = p.EstimatedRemaining is { } remaining ? " · ETA " + FormatDuration(remaining) : string.Empty;
        var resumed = p.IsResumed ? " (resumed)" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{p.PagesRead:N0} pages{resumed} · {p.PagesPerSecond:N0} pages/s · {p.XmlMegabytesPerSecond:N1} MB/s XML · {p.Fraction:P1} of file{eta}");
    }

    public static string FormatDuration(TimeSpan span)
        => span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:D2}:{span.Seconds:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes:D2}:{span.Seconds:D2}");

    private static async Task<ImportSummary> RunLiveAsync(string header, Func<IProgress<ImportProgress>, Task<ImportSummary>> import)
    {
        CliConsole.Out.MarkupLine("[bold]" + Markup.Escape(header) + "[/]");
        return await CliConsole.Out.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                var task = context.AddTask("opening the dump…", maxValue: 1);
                var progress = new InlineProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.TotalBytes);
                    task.Value = Math.Min(p.BytesRead, task.MaxValue);
                    task.Description = Markup.Escape(Describe(p));
                });
                var summary = await import(progress);
                task.Value = task.MaxValue;
                task.StopTask();
                return summary;
            });
    }

    private static async Task<ImportSummary> RunPlainAsync(string header, Func<IProgress<ImportProgress>, Task<ImportSummary>> import)
    {
        CliConsole.Line(header);
        var last = TimeSpan.Zero;
        var progress = new InlineProgress(p =>
        {
            if (p.Elapsed - last >= PlainInterval)
            {
                last = p.Elapsed;
                CliConsole.Line(FormatDuration(p.Elapsed) + " " + Describe(p));
            }
        });
        return await import(progress);
    }

    /// <summary>Reports on the importer's reporting thread, in order (Progress&lt;T&gt; would post callbacks to the pool).</summary>
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

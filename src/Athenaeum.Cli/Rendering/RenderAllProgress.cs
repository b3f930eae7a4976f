namespace Athenaeum.Cli.Rendering;

/// <summary>A snapshot of a <c>render --all</c> run.</summary>
/// <param name="Done">Pages rendered or failed so far.</param>
/// <param name="Total">Pages to render (counted before the run).</param>
/// <param name="Errors">Pages that failed so far.</param>
/// <param name="Elapsed">Time since the run started.</param>
internal sealed record RenderAllProgress(long Done, long Total, long Errors, TimeSpan Elapsed)
{
    /// <summary>Gets the pages per second so far.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Gets the estimated time left, or <see langword="null"/> before the first page.</summary>
    public TimeSpan? EstimatedRemaining => Done > 0 && Total >= Done ? TimeSpan.FromSeconds((Total - Done) / PagesPerSecond) : null;
}

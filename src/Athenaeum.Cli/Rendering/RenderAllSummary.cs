namespace Athenaeum.Cli.Rendering;

/// <summary>The result of a <c>render --all</c> run.</summary>
/// <param name="Pages">Pages attempted.</param>
/// <param name="Failures">The pages that failed, in the order they failed.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="RenderTime">Time spent rendering, summed over the workers.</param>
/// <param name="LuaTime">Lua CPU time reported by Scribunto, summed over the pages.</param>
/// <param name="Interrupted">Whether the run was stopped before the last page.</param>
internal sealed record RenderAllSummary(long Pages, IReadOnlyList<RenderFailure> Failures, TimeSpan Elapsed, TimeSpan RenderTime, TimeSpan LuaTime, bool Interrupted)
{
    /// <summary>Gets the pages per second of the run.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;

    /// <summary>Gets the share of the rendering time spent in Lua, 0..1.</summary>
    public double LuaShare => RenderTime > TimeSpan.Zero ? Math.Min(1, LuaTime / RenderTime) : 0;
}

namespace Athenaeum.Bench.Render;

/// <summary>The measurement of one page in one pass.</summary>
/// <param name="Job">The page.</param>
/// <param name="Milliseconds">Wall time of the render.</param>
/// <param name="LuaMilliseconds">Wall time inside outermost <c>{{#invoke:}}</c> calls.</param>
/// <param name="HtmlBytes">UTF-8 size of the HTML.</param>
/// <param name="UsesCs1">Whether the page used Module:Citation/CS1.</param>
/// <param name="Problem">"error: …" when the engine threw, else empty.</param>
internal sealed record PageTiming(RenderJob Job, double Milliseconds, double LuaMilliseconds, int HtmlBytes, bool UsesCs1, string Problem);

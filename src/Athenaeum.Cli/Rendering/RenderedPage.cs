namespace Athenaeum.Cli.Rendering;

/// <summary>A rendered page.</summary>
/// <param name="Html">The HTML, <c>div.mw-parser-output</c> and its content.</param>
/// <param name="LuaTime">The Lua CPU time the render took (zero without <c>#invoke</c>).</param>
internal sealed record RenderedPage(string Html, TimeSpan LuaTime);

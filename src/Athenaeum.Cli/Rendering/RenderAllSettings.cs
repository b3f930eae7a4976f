namespace Athenaeum.Cli.Rendering;

/// <summary>Where <c>render --all</c> and <c>render --file … --out</c> write, and with which limits.</summary>
/// <param name="OutputDirectory">The directory receiving <c>NAME.html</c> / <c>NAME.err</c> files (created if missing).</param>
/// <param name="Jobs">How many pages render at once.</param>
/// <param name="PageTimeLimit">The longest one page may take before it counts as failed.</param>
internal sealed record RenderAllSettings(string OutputDirectory, int Jobs, TimeSpan PageTimeLimit);

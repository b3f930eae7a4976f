namespace Athenaeum.Cli.Rendering;

/// <summary>What <c>render --all</c> renders, where, and with which limits.</summary>
/// <param name="OutputDirectory">The directory receiving <c>NAME.html</c> / <c>NAME.err</c> files (created if missing).</param>
/// <param name="Namespace">The namespace whose pages are rendered.</param>
/// <param name="Jobs">How many pages render at once.</param>
/// <param name="PageTimeLimit">The longest one page may take before it counts as failed.</param>
internal sealed record RenderAllSettings(string OutputDirectory, int Namespace, int Jobs, TimeSpan PageTimeLimit);

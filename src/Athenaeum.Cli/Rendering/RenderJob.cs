namespace Athenaeum.Cli.Rendering;

/// <summary>One page for <see cref="RenderAllRunner"/>: a stored page of <c>render --all</c> or a file of <c>render --file … --out</c>.</summary>
/// <param name="Title">The prefixed title the output file is named after (<see cref="OutputFileName"/>).</param>
/// <param name="Label">What a failure names: the title, or the file's path.</param>
/// <param name="Render">Renders the page under the given time limit; may throw (the page then fails).</param>
/// <param name="Refusal">
/// Why the page cannot be rendered at all (its title is not valid, another page of the run has the same
/// output name), or <see langword="null"/>: a refused page fails without writing or deleting any file.
/// </param>
internal sealed record RenderJob(string Title, string Label, Func<CancellationToken, RenderedPage> Render, string? Refusal = null);

namespace Athenaeum.Cli.Rendering;

/// <summary>A page <c>render --all</c> could not render.</summary>
/// <param name="Title">The prefixed title.</param>
/// <param name="Message">What went wrong (the exception's type and message).</param>
internal sealed record RenderFailure(string Title, string Message);

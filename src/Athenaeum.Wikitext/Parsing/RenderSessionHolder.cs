namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// Lets the render's own tags (<c>&lt;gallery&gt;</c>) reach the state of the internal parse passes
/// through <see cref="ParseSession.GetExtensionState{T}"/>; set by <see cref="WikitextRenderer"/>.
/// </summary>
internal sealed class RenderSessionHolder
{
    /// <summary>Gets or sets the render's pass state, or <see langword="null"/> outside a render.</summary>
    public RenderSession? Session { get; set; }

    /// <summary>Gets the pass state of a render.</summary>
    /// <param name="parse">The render's expansion state.</param>
    /// <returns>The pass state.</returns>
    /// <exception cref="InvalidOperationException">The session was not created by <see cref="WikitextRenderer"/>.</exception>
    public static RenderSession Of(ParseSession parse)
        => parse.GetExtensionState(static () => new RenderSessionHolder()).Session
            ?? throw new InvalidOperationException("This tag needs a render started by WikitextRenderer.");
}

namespace Athenaeum.Wikitext.Extensions.SyntaxHighlight;

/// <summary>Adds SyntaxHighlight to a pipeline.</summary>
public static class SyntaxHighlightPipelineBuilderExtensions
{
    /// <summary>Adds <c>&lt;syntaxhighlight&gt;</c> and <c>&lt;source&gt;</c> (code without colouring).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseSyntaxHighlight(this WikitextPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new SyntaxHighlightExtension());
    }
}

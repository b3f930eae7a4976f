namespace Athenaeum.Wikitext.Extensions.TemplateStyles;

/// <summary>Adds TemplateStyles to a pipeline.</summary>
public static class TemplateStylesPipelineBuilderExtensions
{
    /// <summary>Adds <c>&lt;templatestyles&gt;</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseTemplateStyles(this WikitextPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new TemplateStylesExtension());
    }
}

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>Adds Cite to a pipeline.</summary>
public static class CitePipelineBuilderExtensions
{
    /// <summary>Adds the Cite extension (<c>&lt;ref&gt;</c>, <c>&lt;references&gt;</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The settings; MediaWiki 1.39's defaults when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseCite(this WikitextPipelineBuilder builder, CiteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new CiteExtension(options));
    }
}

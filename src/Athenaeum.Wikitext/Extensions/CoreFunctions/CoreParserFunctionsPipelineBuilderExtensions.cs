namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>Builder methods for MediaWiki's core parser functions, as Markdig's MarkdownExtensions.</summary>
public static class CoreParserFunctionsPipelineBuilderExtensions
{
    /// <summary>Adds MediaWiki's core parser functions and magic variables (<c>lc</c>, <c>formatnum</c>, <c>{{PAGENAME}}</c> …).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The settings; MediaWiki's defaults when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseCoreParserFunctions(this WikitextPipelineBuilder builder, CoreParserFunctionsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new CoreParserFunctionsExtension(options));
    }
}

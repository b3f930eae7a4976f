namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>Builder methods for the ParserFunctions extension, as Markdig's MarkdownExtensions.</summary>
public static class ParserFunctionsPipelineBuilderExtensions
{
    /// <summary>Adds the ParserFunctions extension (<c>#if</c>, <c>#expr</c>, <c>#switch</c>, <c>#time</c> …).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The settings; MediaWiki's defaults (string functions off) when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseParserFunctions(this WikitextPipelineBuilder builder, ParserFunctionsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new ParserFunctionsExtension(options));
    }
}

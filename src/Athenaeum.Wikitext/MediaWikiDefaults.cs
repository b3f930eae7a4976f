using Athenaeum.Wikitext.Extensions.Cite;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Extensions.CoreTags;
using Athenaeum.Wikitext.Extensions.Gallery;
using Athenaeum.Wikitext.Extensions.Indicator;
using Athenaeum.Wikitext.Extensions.MathSource;
using Athenaeum.Wikitext.Extensions.ParserFunctions;
using Athenaeum.Wikitext.Extensions.Poem;
using Athenaeum.Wikitext.Extensions.SyntaxHighlight;
using Athenaeum.Wikitext.Extensions.TemplateStyles;

namespace Athenaeum.Wikitext;

/// <summary>
/// Registers what a MediaWiki 1.39 wiki with Wikipedia's parser extensions has: core tags and
/// functions, ParserFunctions, Cite, Poem, the gallery tag, and (once its branch lands) Scribunto.
/// </summary>
public static class MediaWikiDefaults
{
    /// <summary>Registers MediaWiki's defaults with a pipeline builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseMediaWikiDefaults(this WikitextPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // TODO: register Scribunto once branch lua is merged.
        return builder.UseCoreTags()
            .UseCoreParserFunctions()
            .UseParserFunctions()
            .UseCite()
            .UsePoem()
            .UseGallery()
            .UseIndicators()
            .UseSyntaxHighlight()
            .UseMath()
            .UseTemplateStyles();
    }
}

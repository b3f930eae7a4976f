using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Extensions.CoreTags;
using Athenaeum.Wikitext.Extensions.Gallery;
using Athenaeum.Wikitext.Extensions.ParserFunctions;

namespace Athenaeum.Wikitext;

/// <summary>
/// Registers what a MediaWiki 1.39 wiki with Wikipedia's parser extensions has: core tags and
/// functions, ParserFunctions, and (once their branches land) Cite and Scribunto.
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

        // TODO: register Cite and Scribunto as their branches are merged.
        return builder.UseCoreTags().Use(new GalleryExtension()).UseCoreParserFunctions().UseParserFunctions();
    }
}

namespace Athenaeum.Wikitext.Extensions.CoreTags;

/// <summary>
/// MediaWiki's core tags and the function that calls tags: <c>&lt;nowiki&gt;</c>, <c>&lt;pre&gt;</c>
/// and <c>{{#tag:name|content|attr=value}}</c> (CoreTagHooks and CoreParserFunctions::tagObj).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class CoreTagsExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new NowikiTag());
        pipeline.TagExtensions.Add(new PreTag());
        pipeline.TagExtensions.Add(new LanguageConversion.LangConvertTag());
        pipeline.ParserFunctions.Add(new TagParserFunction());
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

namespace Athenaeum.Wikitext.Extensions.Gallery;

/// <summary>
/// The core tags <c>&lt;gallery&gt;</c> and <c>&lt;indicator&gt;</c> of MediaWiki 1.39 (CoreTagHooks), which
/// belong to the render: a gallery of (missing) files with their captions, and page status
/// indicators.
/// </summary>
public sealed class GalleryExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new GalleryTag());
        pipeline.TagExtensions.Add(new IndicatorTag());
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

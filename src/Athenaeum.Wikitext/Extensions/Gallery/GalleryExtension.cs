namespace Athenaeum.Wikitext.Extensions.Gallery;

/// <summary>MediaWiki's core <c>&lt;gallery&gt;</c> tag, rendered as MediaWiki renders galleries of missing files.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GalleryExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new GalleryTag());
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

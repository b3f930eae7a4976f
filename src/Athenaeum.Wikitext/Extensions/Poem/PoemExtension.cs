namespace Athenaeum.Wikitext.Extensions.Poem;

/// <summary>MediaWiki's Poem extension: the <c>&lt;poem&gt;</c> tag.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PoemExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new PoemTag());
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

namespace Athenaeum.Wikitext.Extensions.Indicator;

/// <summary>MediaWiki's core <c>&lt;indicator&gt;</c> tag: page status indicators.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new IndicatorTag());
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

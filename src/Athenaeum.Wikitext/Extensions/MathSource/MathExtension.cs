namespace Athenaeum.Wikitext.Extensions.MathSource;

/// <summary>MediaWiki's Math extension in source mode: <c>&lt;math&gt;</c>, <c>&lt;ce&gt;</c>, <c>&lt;chem&gt;</c> keep their TeX as text.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MathExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new MathTag());
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

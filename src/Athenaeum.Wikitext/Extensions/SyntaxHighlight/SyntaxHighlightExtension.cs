namespace Athenaeum.Wikitext.Extensions.SyntaxHighlight;

/// <summary>
/// MediaWiki's SyntaxHighlight extension without Pygments: <c>&lt;syntaxhighlight&gt;</c> and
/// <c>&lt;source&gt;</c> print escaped, uncoloured code in SyntaxHighlight's markup.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SyntaxHighlightExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new SyntaxHighlightTag());
        pipeline.TrackingCategories.TryAdd(SyntaxHighlightTag.SourceCategory, "Pages using deprecated source tags");
        pipeline.TrackingCategories.TryAdd(SyntaxHighlightTag.EncloseCategory, "Pages using deprecated enclose attributes");
        pipeline.TrackingCategories.TryAdd(SyntaxHighlightTag.ErrorCategory, "Pages with syntax highlighting errors");
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

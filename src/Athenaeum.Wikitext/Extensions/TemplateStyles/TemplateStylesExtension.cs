namespace Athenaeum.Wikitext.Extensions.TemplateStyles;

/// <summary>
/// MediaWiki's TemplateStyles extension: <c>&lt;templatestyles src="…"/&gt;</c> adds a template's
/// sanitized, scoped style sheet to the page.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TemplateStylesExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new TemplateStylesTag());
        pipeline.TrackingCategories.TryAdd(TemplateStylesTag.PageErrorCategory, "Pages with TemplateStyles errors");
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

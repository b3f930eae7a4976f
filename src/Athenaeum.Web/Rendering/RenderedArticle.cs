using Athenaeum.Wikitext;

namespace Athenaeum.Web.Rendering;

/// <summary>A page's rendering with what the site shows around it.</summary>
/// <param name="PageId">The library's page id.</param>
/// <param name="RevisionId">The rendered revision.</param>
/// <param name="Html">The article HTML (<c>div.mw-parser-output</c>), without the table of contents.</param>
/// <param name="Metadata">What the render found: sections, categories, display title, lead, dependencies.</param>
/// <param name="RenderedAt">When the HTML was made.</param>
/// <param name="Failed">Whether the engine failed and <paramref name="Html"/> is a notice with the page's plain text.</param>
internal sealed record RenderedArticle(long PageId, long RevisionId, string Html, RenderMetadata Metadata, DateTimeOffset RenderedAt, bool Failed = false)
{
    /// <summary>Gets the sections for the table of contents.</summary>
    public IReadOnlyList<SectionInfo> Sections => Metadata.Sections;

    /// <summary>Gets a value indicating whether the page shows a table of contents (MediaWiki's rule: four headings or <c>__FORCETOC__</c>/<c>__TOC__</c>, never with <c>__NOTOC__</c> alone).</summary>
    public bool ShowToc => Metadata.ShowToc;
}

using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext;

/// <summary>
/// Everything a single render needs to know about the page being rendered and the wiki it belongs
/// to: title, site, page source, clock, options and revision metadata for magic words. Travels
/// through the pipeline like Markdig's MarkdownParserContext (STYLE.md §2.2).
/// </summary>
/// <remarks>Immutable; one instance per render, safe to share between threads if its parts are.</remarks>
public sealed record ParserContext
{
    /// <summary>Initializes a new instance of the <see cref="ParserContext"/> class.</summary>
    /// <param name="title">The page being rendered.</param>
    /// <param name="site">The wiki.</param>
    /// <param name="pages">The source of templates, modules and page existence.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ParserContext(PageTitle title, SiteConfiguration site, IPageSource pages)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(pages);
        Title = title;
        Site = site;
        Pages = pages;
        Titles = new TitleParser(site);
    }

    /// <summary>Gets the page being rendered.</summary>
    public PageTitle Title { get; init; }

    /// <summary>Gets the wiki.</summary>
    public SiteConfiguration Site { get; init; }

    /// <summary>Gets the title parser of <see cref="Site"/>.</summary>
    public TitleParser Titles { get; init; }

    /// <summary>Gets the source of templates, modules and page existence.</summary>
    public IPageSource Pages { get; init; }

    /// <summary>Gets the clock for {{CURRENTYEAR}}, <c>#time</c> and <c>os.time</c>; fixed in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Gets the limits and switches of this render.</summary>
    public ParserOptions Options { get; init; } = new();

    /// <summary>Gets the page id ({{PAGEID}}), or 0 for a page that is not stored.</summary>
    public long PageId { get; init; }

    /// <summary>Gets the revision id ({{REVISIONID}}), or 0.</summary>
    public long RevisionId { get; init; }

    /// <summary>Gets the revision timestamp ({{REVISIONTIMESTAMP}} and family), or <see langword="null"/> for "now".</summary>
    public DateTimeOffset? RevisionTimestamp { get; init; }

    /// <summary>Gets the user who saved the revision ({{REVISIONUSER}}), or "".</summary>
    public string RevisionUser { get; init; } = string.Empty;
}

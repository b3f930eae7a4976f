using Athenaeum.Wikitext.Parsing.Links;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// The state of one render: context, output, strip state, link holders, double-underscore switches,
/// counters. Created by <see cref="WikitextRenderer"/> for each page and dropped afterwards (MediaWiki
/// keeps this state in its Parser object and clears it between pages).
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class RenderSession
{
    private int _linkId;

    public RenderSession(string wikitext, ParserContext context, WikitextPipeline pipeline)
    {
        Source = wikitext;
        Context = context;
        Pipeline = pipeline;
        LinkHolders = new LinkHolderSet(this);
    }

    /// <summary>Gets the page's wikitext as given.</summary>
    public string Source { get; }

    /// <summary>Gets the render's context.</summary>
    public ParserContext Context { get; }

    /// <summary>Gets the pipeline running the render.</summary>
    public WikitextPipeline Pipeline { get; }

    /// <summary>Gets the output being filled.</summary>
    public ParserOutput Output { get; } = new();

    /// <summary>Gets the strip state shared with the preprocessor and extension tags.</summary>
    public StripState Strip { get; } = new();

    /// <summary>Gets the render's options.</summary>
    public ParserOptions Options => Context.Options;

    /// <summary>Gets the wiki.</summary>
    public SiteConfiguration Site => Context.Site;

    /// <summary>Gets the title parser of the wiki.</summary>
    public TitleParser Titles => Context.Titles;

    /// <summary>Gets the page being rendered.</summary>
    public PageTitle Title => Context.Title;

    /// <summary>Gets the internal and interwiki links waiting for their existence check.</summary>
    public LinkHolderSet LinkHolders { get; }

    /// <summary>Gets the double-underscore switches found, by lowercase id ("notoc"), with the text as written.</summary>
    public Dictionary<string, string> DoubleUnderscores { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets a value indicating whether a table of contents may be shown (<c>__NOTOC__</c> turns it off).</summary>
    public bool ShowToc { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether <c>__TOC__</c> fixed the table of contents' position.</summary>
    public bool ForceTocPosition { get; set; }

    /// <summary>Gets or sets the number of the last autonumbered external link (<c>[http://x]</c> → [1]).</summary>
    public int AutoNumber { get; set; }

    /// <summary>Gets the interlanguage prefixes already linked (MediaWiki keeps only the first link per language).</summary>
    public HashSet<string> LanguageLinkPrefixes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the table of contents HTML made by the heading pass, or "" when none is shown.</summary>
    public string TocHtml { get; set; } = string.Empty;

    /// <summary>
    /// Gets the headings the preprocessor found in the page and its templates, by serial number: the
    /// prefixed DB key of the page or template they come from, and their section index there. The
    /// preprocessor puts the marker of <see cref="AddHeadingMarker"/> right after the opening equals signs of each one
    /// (MediaWiki's mHeadings); headings without a marker get no edit link.
    /// </summary>
    public List<(string TitleDbKey, int SectionIndex)> HeadingMarkers { get; } = [];

    /// <summary>Makes the marker of a heading and records it (for the preprocessor).</summary>
    /// <param name="titleDbKey">The prefixed DB key of the page or template holding the heading.</param>
    /// <param name="sectionIndex">The heading's section index in that page or template.</param>
    /// <returns>The marker to insert after the heading's opening equals signs.</returns>
    public string AddHeadingMarker(string titleDbKey, int sectionIndex)
    {
        HeadingMarkers.Add((titleDbKey, sectionIndex));

        // Registered as an empty general item, so that a marker left anywhere else unstrips to nothing.
        return Strip.AddGeneral("h-" + (HeadingMarkers.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
    }

    /// <summary>
    /// Adds a tracking category named by an interface message ("broken-file-category" → "Pages with
    /// broken file links"), with the default sort key, as MediaWiki's addTrackingCategory.
    /// </summary>
    /// <param name="messageKey">The message key.</param>
    public void AddTrackingCategory(string messageKey)
    {
        var name = Rendering.Html.InterfaceMessages.Get(Site.LanguageCode, messageKey);
        if (name.Length == 0 || name == "-")
        {
            return;
        }

        var title = Titles.MakeTitle(StandardNamespaces.Category, name);
        if (title is null || Output.Categories.Any(c => string.Equals(c.Name, title.Text, StringComparison.Ordinal)))
        {
            return;
        }

        Output.Categories.Add(new CategoryLink(title.Text, Output.DefaultSort ?? string.Empty));
    }

    /// <summary>Returns a new link id, unique in this render.</summary>
    /// <returns>The id.</returns>
    public int NextLinkId() => _linkId++;
}

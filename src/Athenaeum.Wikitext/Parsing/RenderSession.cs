using Athenaeum.Wikitext.Parsing.Links;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// The state of the internal parse passes of one render, beside the expansion state of its
/// <see cref="ParseSession"/>: link holders, double-underscore switches, the table of contents,
/// counters. MediaWiki keeps this state in its Parser object and clears it between pages.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class RenderSession
{
    private int _linkId;

    public RenderSession(string wikitext, ParseSession parse)
    {
        Source = wikitext;
        Parse = parse;
        LinkHolders = new LinkHolderSet(this);
        var modes = parse.Options.FragmentModes;
        PrimaryFragmentMode = modes.Count > 0 ? modes[0] : FragmentMode.Html5;
        FallbackFragmentMode = modes.Count > 1 ? modes[1] : null;
        Conversion = LanguageConversion.LanguageConverters.StartSession(Site.LanguageCode, Options);
    }

    /// <summary>Gets the language conversion of this render, or null when the wiki's language has no variants.</summary>
    public LanguageConversion.ConversionSession? Conversion { get; }

    /// <summary>Gets the page's wikitext as given.</summary>
    public string Source { get; }

    /// <summary>Gets the expansion state shared with the preprocessor and extensions.</summary>
    public ParseSession Parse { get; }

    /// <summary>Gets the render's context.</summary>
    public ParserContext Context => Parse.Context;

    /// <summary>Gets the pipeline running the render.</summary>
    public WikitextPipeline Pipeline => Parse.Pipeline;

    /// <summary>Gets the output being filled.</summary>
    public ParserOutput Output => Parse.Output;

    /// <summary>Gets the strip state shared with the preprocessor and extension tags.</summary>
    public StripState Strip => Parse.StripState;

    /// <summary>Gets the render's options.</summary>
    public ParserOptions Options => Context.Options;

    /// <summary>Gets the wiki.</summary>
    public SiteConfiguration Site => Context.Site;

    /// <summary>Gets the title parser of the wiki.</summary>
    public TitleParser Titles => Context.Titles;

    /// <summary>Gets the page being rendered.</summary>
    public PageTitle Title => Context.Title;

    /// <summary>Gets the primary id encoding ($wgFragmentMode[0]).</summary>
    public FragmentMode PrimaryFragmentMode { get; }

    /// <summary>Gets the fallback id encoding ($wgFragmentMode[1]), if any.</summary>
    public FragmentMode? FallbackFragmentMode { get; }

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

    /// <summary>Gets or sets the table of contents HTML made by the heading pass, or "" when none is shown.</summary>
    public string TocHtml { get; set; } = string.Empty;

    /// <summary>
    /// Adds a tracking category named by an interface message ("broken-file-category" → "Pages with
    /// broken file links"), with the default sort key, as MediaWiki's addTrackingCategory: the same as
    /// <see cref="ParseSession.AddTrackingCategory"/>, whose name lookup is done once per key and render.
    /// </summary>
    /// <param name="messageKey">The message key.</param>
    public void AddTrackingCategory(string messageKey) => Parse.AddTrackingCategory(messageKey);

    /// <summary>Returns a new link id, unique in this render.</summary>
    /// <returns>The id.</returns>
    public int NextLinkId() => _linkId++;
}

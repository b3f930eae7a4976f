using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext;

/// <summary>
/// The result of a render: the HTML and the metadata MediaWiki's ParserOutput carries (categories,
/// links, templates, sections, display title, sort key, limit report, errors).
/// </summary>
/// <remarks>Filled by one render on one thread; read-only for its consumers afterwards.</remarks>
public sealed class ParserOutput
{
    /// <summary>Gets or sets the rendered HTML (inside <c>div.mw-parser-output</c> when wrapping is on).</summary>
    public string Html { get; set; } = string.Empty;

    /// <summary>Gets the categories in order of first appearance, with their sort keys ("" = default).</summary>
    public IList<CategoryLink> Categories { get; } = [];

    /// <summary>Gets the internal links (targets without fragments), in order of first appearance.</summary>
    public ISet<PageTitle> Links { get; } = new HashSet<PageTitle>();

    /// <summary>Gets the templates and modules the page used, including missing ones.</summary>
    public ISet<PageTitle> Templates { get; } = new HashSet<PageTitle>();

    /// <summary>Gets the files the page displays or links to with <c>[[File:…]]</c>.</summary>
    public ISet<string> Images { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets the external link URLs.</summary>
    public ISet<string> ExternalLinks { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets the interlanguage links such as "de:Berlin", in order.</summary>
    public IList<string> LanguageLinks { get; } = [];

    /// <summary>Gets the sections (the table of contents data), in document order.</summary>
    public IList<SectionInfo> Sections { get; } = [];

    /// <summary>Gets or sets the title set by {{DISPLAYTITLE:}}, as HTML, or <see langword="null"/>.</summary>
    public string? DisplayTitle { get; set; }

    /// <summary>Gets or sets the default category sort key set by {{DEFAULTSORT:}}, or <see langword="null"/>.</summary>
    public string? DefaultSort { get; set; }

    /// <summary>Gets the page properties (notoc, noeditsection, …) by name.</summary>
    public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets the page status indicators set by <c>&lt;indicator name="…"&gt;</c>, by name, as HTML
    /// (MediaWiki's ParserOutput::setIndicator); a skin shows them by the page title, sorted by name.
    /// </summary>
    public IDictionary<string, string> Indicators { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets the parser warnings (limit exceeded, loops, …) as plain text.</summary>
    public IList<string> Warnings { get; } = [];

    /// <summary>Gets the Lua script errors, as plain text.</summary>
    public IList<string> ScriptErrors { get; } = [];

    /// <summary>Gets the limit report counters by name ("expansion-depth", "postexpand-include-size", …).</summary>
    public IDictionary<string, long> LimitReport { get; } = new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>Gets or sets the target of a redirect page, or <see langword="null"/> when the page is no redirect.</summary>
    public PageTitle? RedirectTarget { get; set; }
}

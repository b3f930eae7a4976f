namespace Athenaeum.Wikitext;

/// <summary>
/// Limits and switches of a render. The defaults are MediaWiki 1.39's defaults (NewPP limit report),
/// with the expensive-function limit of Wikimedia wikis.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ParserOptions
{
    /// <summary>Gets the deepest template/parser-function nesting ($wgMaxTemplateDepth, 40).</summary>
    public int MaxTemplateDepth { get; init; } = 40;

    /// <summary>Gets the deepest preprocessor expansion nesting ($wgMaxPPExpandDepth, 100).</summary>
    public int MaxExpandDepth { get; init; } = 100;

    /// <summary>Gets the most preprocessor nodes a page may visit ($wgMaxPPNodeCount, 1,000,000).</summary>
    public int MaxNodeCount { get; init; } = 1_000_000;

    /// <summary>Gets the post-expand include size limit in bytes ($wgMaxArticleSize × 1024, 2 MB).</summary>
    public long MaxIncludeSize { get; init; } = 2048 * 1024;

    /// <summary>Gets the most expensive parser function calls (#ifexist, mw.title existence) per page.</summary>
    public int MaxExpensiveFunctionCount { get; init; } = 500;

    /// <summary>Gets the default thumbnail width in pixels.</summary>
    public int ThumbSize { get; init; } = 180;

    /// <summary>Gets the deepest heading level shown in the table of contents ($wgMaxTocLevel).</summary>
    public int MaxTocLevel { get; init; } = 999;

    /// <summary>
    /// Gets a value indicating whether ISBN, RFC and PMID magic links are made ($wgEnableMagicLinks). Off by
    /// default, as in MediaWiki 1.39's DefaultSettings (no page of the oracle wikis has one); MediaWiki's
    /// parser-test runner turns them on, and so does <c>ParserTestRunner</c>.
    /// </summary>
    public bool EnableMagicLinks { get; init; }

    /// <summary>Gets a value indicating whether the output is wrapped in <c>&lt;div class="mw-parser-output"&gt;</c>.</summary>
    public bool WrapOutput { get; init; } = true;

    /// <summary>Gets a value indicating whether section edit links are emitted (off for readers).</summary>
    public bool EditSections { get; init; }

    /// <summary>Gets a value indicating whether the table of contents is generated.</summary>
    public bool EnableToc { get; init; } = true;

    /// <summary>Gets a value indicating whether a page can transclude its subpages with relative names (enabled per namespace on wikis).</summary>
    public bool EnableSubpages { get; init; }

    /// <summary>Gets the Lua CPU time limit per page (Scribunto's default, 10 s).</summary>
    public TimeSpan LuaCpuLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the Lua memory limit per page in bytes (Scribunto's default, 50 MB).</summary>
    public long LuaMemoryLimit { get; init; } = 50L * 1024 * 1024;

    /// <summary>
    /// Gets the id encodings ($wgFragmentMode): the first is the primary id of headings and the
    /// encoding of links to them, the optional second a fallback id emitted beside it. MediaWiki 1.39
    /// defaults to HTML5 ids with a legacy fallback.
    /// </summary>
    public IReadOnlyList<Sanitization.FragmentMode> FragmentModes { get; init; } = [Sanitization.FragmentMode.Html5, Sanitization.FragmentMode.Legacy];

    /// <summary>Gets a value indicating whether bare image URLs become <c>&lt;img&gt;</c> elements ($wgAllowExternalImages, off by default).</summary>
    public bool AllowExternalImages { get; init; }

    /// <summary>Gets a value indicating whether interlanguage links are taken out of the text ($wgInterwikiMagic, on by default).</summary>
    public bool InterwikiMagic { get; init; } = true;

    /// <summary>Gets a value indicating whether <c>&lt;html&gt;</c> passes raw HTML through ($wgRawHtml, off by default; never on for untrusted wikis).</summary>
    public bool RawHtml { get; init; }

    /// <summary>
    /// Gets a value indicating whether the wiki takes uploads ($wgEnableUploads): links to missing files
    /// then point to Special:Upload with <c>class="new"</c>; otherwise to the file's description page.
    /// Off by default, as Athenaeum serves no uploads.
    /// </summary>
    public bool EnableUploads { get; init; }

    /// <summary>
    /// Gets a value indicating whether images use MediaWiki 1.39's default legacy markup (<c>div.thumb</c>,
    /// <c>div.floatright</c>) rather than the newer <c>figure</c>/<c>span typeof="mw:File"</c> markup
    /// ($wgParserEnableLegacyMediaDOM, on by default).
    /// </summary>
    public bool LegacyMediaDom { get; init; } = true;

    /// <summary>
    /// Gets the namespaces whose pages cannot be transcluded ($wgNonincludableNamespaces, empty by
    /// default): a transclusion from one of them becomes a link to the page.
    /// </summary>
    public IReadOnlySet<int> NonIncludableNamespaces { get; init; } = new HashSet<int>();

    /// <summary>
    /// Gets the domains whose external links get no <c>rel="nofollow"</c> ($wgNoFollowDomainExceptions;
    /// a link's host matches a domain when it equals it or ends with "." and the domain). Empty by default.
    /// </summary>
    public IReadOnlyList<string> NoFollowDomainExceptions { get; init; } = [];

    /// <summary>
    /// Gets the interwiki prefixes that point to this wiki itself ($wgLocalInterwikis): a link such as
    /// <c>[[local:Foo]]</c> is an ordinary link to Foo. Empty by default.
    /// </summary>
    public IReadOnlyList<string> LocalInterwikis { get; init; } = [];

    /// <summary>
    /// Gets the language variant the page is shown in ("zh-tw", "sr-el"), for a content language with
    /// variants; null (the default) or a code that is not one of its variants shows the main variant,
    /// which converts nothing but the page's own <c>-{ }-</c> markup. Ignored for other languages.
    /// </summary>
    public string? Variant { get; init; }

    /// <summary>
    /// Gets a value indicating whether language conversion is off ($wgDisableLangConversion): <c>-{ }-</c>
    /// markup then stays as text, as on a wiki whose language has no variants.
    /// </summary>
    public bool DisableContentConversion { get; init; }

    /// <summary>
    /// Gets a value indicating whether English has MediaWiki's test variant en-x-piglatin
    /// ($wgUsePigLatinVariant, off by default; MediaWiki's parser tests turn it on).
    /// </summary>
    public bool UsePigLatinVariant { get; init; }
}

namespace Athenaeum.Wikitext.Site;

/// <summary>One entry of the interwiki map: <c>[[prefix:Title]]</c> links to <see cref="UrlPattern"/>.</summary>
/// <param name="Prefix">The lowercase prefix, for example "wikt" or "de".</param>
/// <param name="UrlPattern">The URL with <c>$1</c> standing for the title, for example "https://de.wikipedia.org/wiki/$1".</param>
/// <param name="IsLanguageLink">Whether the prefix is a language code whose links become interlanguage links.</param>
/// <param name="IsLocal">Whether the target counts as local (MediaWiki's <c>iw_local</c>).</param>
public sealed record InterwikiEntry(string Prefix, string UrlPattern, bool IsLanguageLink, bool IsLocal = false);

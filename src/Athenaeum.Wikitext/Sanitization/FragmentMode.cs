namespace Athenaeum.Wikitext.Sanitization;

/// <summary>
/// How section names and other user strings are turned into <c>id</c> attributes and URL fragments
/// (MediaWiki's <c>$wgFragmentMode</c> entries). MediaWiki 1.39 uses <see cref="Html5"/> as the primary
/// mode and <see cref="Legacy"/> for the fallback anchors it adds for old links.
/// </summary>
public enum FragmentMode
{
    /// <summary>HTML5 ids: only whitespace is replaced (by <c>_</c>); every other character is kept.</summary>
    Html5,

    /// <summary>
    /// The pre-HTML5 encoding: spaces become <c>_</c>, then the id is URL-encoded with <c>%</c> replaced
    /// by <c>.</c> (and <c>%3A</c> kept as <c>:</c>), so "a é" becomes <c>a_.C3.A9</c>.
    /// </summary>
    Legacy,
}

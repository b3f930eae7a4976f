namespace Athenaeum.Wikitext;

/// <summary>How section and anchor ids are encoded (MediaWiki's <c>$wgFragmentMode</c> entries).</summary>
public enum FragmentMode
{
    /// <summary>HTML5 ids: whitespace becomes "_", everything else is kept (MediaWiki's "html5").</summary>
    Html5,

    /// <summary>Legacy ids: percent-encoding with "." instead of "%" (MediaWiki's "legacy", ".C3.A9" for "é").</summary>
    Legacy,
}

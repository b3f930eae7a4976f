namespace Athenaeum.Wikitext.Expansion;

/// <summary>How an extension tag's output is protected from the rest of the parse (MediaWiki's markerType).</summary>
public enum StripMarkerKind
{
    /// <summary>Finished HTML, restored at the very end of the parse (the default).</summary>
    General,

    /// <summary>Text restored after the inline passes, before block-level formatting (<c>&lt;nowiki&gt;</c>).</summary>
    NoWiki,

    /// <summary>No marker: the output is wikitext that goes through the rest of the parse.</summary>
    None,
}

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>How a variant takes part in the page's own conversion rules (MediaWiki's manual level).</summary>
internal enum ManualConversionLevel
{
    /// <summary>Rules convert to and from the variant.</summary>
    Bidirectional,

    /// <summary>Rules only convert to the variant.</summary>
    Unidirectional,

    /// <summary>The variant takes no rule; text in it is shown unconverted.</summary>
    Disable,
}

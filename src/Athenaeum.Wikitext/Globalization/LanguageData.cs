using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// The localisation data of one language as MediaWiki's LocalisationCache holds it: what is
/// inherited whole through the fallback chain is already resolved; messages and date formats
/// hold only what the language itself defines.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record LanguageData
{
    /// <summary>Gets the fallback chain, ending with "en" (empty for English).</summary>
    public required IReadOnlyList<string> Fallbacks { get; init; }

    /// <summary>Gets a value indicating whether the language is written right to left.</summary>
    public required bool IsRtl { get; init; }

    /// <summary>Gets the symbols ICU's number formatter uses for the language (decimal, group, zero digit, minus).</summary>
    public required IcuNumberSymbols IcuSymbols { get; init; }

    /// <summary>Gets the separator transform table ("," and "." to the local symbols), or null.</summary>
    public required FrozenDictionary<string, string>? SeparatorTransformTable { get; init; }

    /// <summary>Gets the digit transform table ("0"…"9" to local digits), or null.</summary>
    public required FrozenDictionary<string, string>? DigitTransformTable { get; init; }

    /// <summary>Gets the ICU pattern for digit grouping ("#,##0.###", "#,##,##0.###"), or null.</summary>
    public required string? DigitGroupingPattern { get; init; }

    /// <summary>Gets the minimum number of digits before grouping applies, or null.</summary>
    public required int? MinimumGroupingDigits { get; init; }

    /// <summary>Gets the default date preference ("dmy or mdy", "dmy" …).</summary>
    public required string DefaultDateFormat { get; init; }

    /// <summary>Gets the date formats the language itself defines ("dmy date" → "j F Y").</summary>
    public required FrozenDictionary<string, string> DateFormats { get; init; }

    /// <summary>Gets the CLDR plural rules in order, without the final "other".</summary>
    public required IReadOnlyList<(string Category, string Rule)> PluralRules { get; init; }

    /// <summary>Gets the messages the language itself defines.</summary>
    public required FrozenDictionary<string, string> Messages { get; init; }
}

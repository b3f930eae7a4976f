namespace Athenaeum.Wikitext.Globalization;

/// <summary>The number symbols of a locale as ICU's NumberFormatter gives them.</summary>
/// <param name="Decimal">The decimal separator.</param>
/// <param name="Group">The grouping separator.</param>
/// <param name="Zero">The zero digit; the other digits follow it in code point order.</param>
/// <param name="Minus">The minus sign (may carry a directional mark).</param>
internal sealed record IcuNumberSymbols(string Decimal, string Group, string Zero, string Minus);

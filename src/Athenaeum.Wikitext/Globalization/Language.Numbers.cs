using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Globalization.Php;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>Number formatting (MediaWiki's Language::formatNum and parseFormattedNumber).</summary>
public sealed partial class Language
{
    /// <summary>
    /// Formats a number written as text with the language's digit grouping and separators, as
    /// MediaWiki's Language::formatNum: "1234567.891" → "1,234,567.891" in English, "1.234.567,891"
    /// in German; a minus becomes U+2212; text that is not a number has each number in it formatted.
    /// </summary>
    /// <param name="number">The number as text.</param>
    /// <returns>The formatted number.</returns>
    public string FormatNum(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return FormatNumInternal(number, noSeparators: false);
    }

    /// <summary>
    /// Formats a number without digit grouping (MediaWiki's formatNumNoSeparators): only the
    /// decimal separator, the digits and the minus sign are localised.
    /// </summary>
    /// <param name="number">The number as text.</param>
    /// <returns>The formatted number.</returns>
    public string FormatNumNoSeparators(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return FormatNumInternal(number, noSeparators: true);
    }

    /// <summary>
    /// Turns a number formatted for this language back into plain digits (MediaWiki's
    /// parseFormattedNumber): local digits and separators are mapped back and "," removed.
    /// </summary>
    /// <param name="number">The formatted number.</param>
    /// <returns>The number as plain text (not validated).</returns>
    public string ParseFormattedNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number == (GetMessage("formatnum-nan") ?? "NaN"))
        {
            return "NAN";
        }

        if (number == "∞")
        {
            return "INF";
        }

        number = number.Replace('\u2212', '-');
        if (number == "-∞")
        {
            return "-INF";
        }

        if (_data.DigitTransformTable is { } digits)
        {
            number = Strtr(number, digits.Where(p => p.Value.Length > 0).ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal));
        }

        if (_data.SeparatorTransformTable is { } separators)
        {
            number = Strtr(number, separators.Where(p => p.Value.Length > 0).ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal));
        }

        return number.Replace(",", string.Empty, StringComparison.Ordinal);
    }

    private string FormatNumInternal(string number, bool noSeparators)
    {
        if (number.Length == 0)
        {
            return number;
        }

        switch (number)
        {
            case "NAN":
                return GetMessage("formatnum-nan") ?? "NaN";
            case "INF":
                return "∞";
            case "-INF":
                return "\u2212∞";
        }

        if (!PhpNumeric.IsNumeric(number))
        {
            // Backwards compatibility: format each number found in the text (T267587).
            return ValidNumberRegex().Replace(number, m => FormatNumInternal(m.Value, noSeparators));
        }

        if (!noSeparators)
        {
            number = GroupAndLocalize(number);
        }

        if (_data.DigitTransformTable is { } digitTable)
        {
            number = Strtr(number, digitTable);
        }

        // T10327: a proper Unicode minus sign; directional marks from ICU are dropped.
        var sb = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            switch (c)
            {
                case '-':
                    sb.Append('\u2212');
                    break;
                case '\u200E' or '\u200F' or '\u061C':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private string GroupAndLocalize(string number)
    {
        var separators = _data.SeparatorTransformTable;
        var minimumGrouping = _data.MinimumGroupingDigits ?? 0;
        if (minimumGrouping > 0 && !StartsWithDigits(number, minimumGrouping + NumberFormat.GroupingSize))
        {
            // Below the minimum grouping length only the separators are localised (e.g. Polish 1234,56).
            return separators is null ? number : Strtr(number, separators);
        }

        if (number == "-0")
        {
            return separators is null ? number : Strtr(number, separators);
        }

        var symbols = _data.IcuSymbols;
        if (separators is not null)
        {
            symbols = symbols with
            {
                Decimal = separators.GetValueOrDefault(".", "."),
                Group = separators.GetValueOrDefault(",", ","),
            };
        }

        // Keep the number of digits before and after the point, and the point itself.
        var m = PlainNumberRegex().Match(number);
        if (m.Success)
        {
            var fraction = m.Groups[3].Length;
            return NumberFormat.Format(PhpNumeric.ToDouble(number), symbols, m.Groups[1].Length, fraction, fraction, m.Groups[2].Success);
        }

        return NumberFormat.Format(
            PhpNumeric.ToDouble(number),
            symbols,
            NumberFormat.DefaultMinIntegerDigits,
            NumberFormat.DefaultMinFractionDigits,
            NumberFormat.DefaultMaxFractionDigits,
            decimalAlwaysShown: false);
    }

    private static bool StartsWithDigits(string number, int count)
    {
        var i = number.StartsWith('-') ? 1 : 0;
        var n = 0;
        while (i < number.Length && char.IsAsciiDigit(number[i]) && n < count)
        {
            i++;
            n++;
        }

        return n >= count;
    }

    /// <summary>PHP's strtr with an array: longest match first at each position, no rescanning.</summary>
    internal static string Strtr(string text, IReadOnlyDictionary<string, string> pairs)
    {
        if (pairs.Count == 0 || text.Length == 0)
        {
            return text;
        }

        var maxLength = pairs.Keys.Max(k => k.Length);
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var matched = false;
            for (var len = Math.Min(maxLength, text.Length - i); len > 0; len--)
            {
                if (pairs.TryGetValue(text.Substring(i, len), out var replacement))
                {
                    sb.Append(replacement);
                    i += len;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb.Append(text[i]);
                i++;
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(-(?=[0-9.]))?([0-9]+|(?=\.[0-9]))(\.[0-9]*)?([Ee][-+]?[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ValidNumberRegex();

    [GeneratedRegex(@"^-?([0-9]*)(\.([0-9]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumberRegex();
}

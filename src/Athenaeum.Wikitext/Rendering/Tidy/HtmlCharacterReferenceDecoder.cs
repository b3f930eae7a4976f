using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// Decodes character references the way an HTML5 tokenizer does (WHATWG HTML §13.2.5.72–80): named
/// references with or without their semicolon (legacy names only), the longest name wins, numeric
/// references with the Windows-1252 fix-ups for 0x80–0x9F and U+FFFD for invalid values; inside an
/// attribute a legacy name followed by <c>=</c> or an alphanumeric is left alone.
/// </summary>
/// <remarks>Stateless and thread-safe. The entity table is AngleSharp's, which equals the HTML5 list.</remarks>
internal static class HtmlCharacterReferenceDecoder
{
    /// <summary>The longest legacy (semicolon-less) entity name.</summary>
    private const int MaxLegacyNameLength = 6;

    /// <summary>The longest entity name, without its semicolon ("CounterClockwiseContourIntegral").</summary>
    private const int MaxNameLength = 31;

    private static readonly int[] Windows1252 =
    [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];

    /// <summary>Decodes every character reference in <c>text[start..end)</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Start offset.</param>
    /// <param name="end">End offset (exclusive).</param>
    /// <param name="inAttribute">Whether the text is an attribute value.</param>
    /// <returns>The decoded text.</returns>
    public static string Decode(string text, int start, int end, bool inAttribute)
    {
        var amp = text.IndexOf('&', start, end - start);
        if (amp < 0)
        {
            return text.Substring(start, end - start);
        }

        var sb = new StringBuilder(end - start);
        var pos = start;
        while (amp >= 0)
        {
            sb.Append(text, pos, amp - pos);
            var consumed = TryDecodeAt(text, amp, end, inAttribute, sb);
            pos = amp + Math.Max(consumed, 1);
            if (consumed == 0)
            {
                sb.Append('&');
            }

            amp = pos < end ? text.IndexOf('&', pos, end - pos) : -1;
        }

        sb.Append(text, pos, end - pos);
        return sb.ToString();
    }

    /// <summary>Decodes the reference at <paramref name="amp"/> into <paramref name="sb"/>.</summary>
    /// <returns>The number of characters consumed, or 0 when there is no reference there.</returns>
    private static int TryDecodeAt(string text, int amp, int end, bool inAttribute, StringBuilder sb)
    {
        var pos = amp + 1;
        if (pos >= end)
        {
            return 0;
        }

        if (text[pos] == '#')
        {
            return DecodeNumeric(text, amp, end, sb);
        }

        var runEnd = pos;
        while (runEnd < end && runEnd - pos <= MaxNameLength && char.IsAsciiLetterOrDigit(text[runEnd]))
        {
            runEnd++;
        }

        if (runEnd == pos)
        {
            return 0;
        }

        if (runEnd < end && text[runEnd] == ';')
        {
            var full = HtmlEntityProvider.Resolver.GetSymbol(text.Substring(pos, runEnd - pos + 1));
            if (!string.IsNullOrEmpty(full))
            {
                sb.Append(full);
                return runEnd + 1 - amp;
            }
        }

        for (var length = Math.Min(runEnd - pos, MaxLegacyNameLength); length >= 2; length--)
        {
            var value = HtmlEntityProvider.Resolver.GetSymbol(text.Substring(pos, length));
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var after = pos + length;
            if (inAttribute && after < end && (text[after] == '=' || char.IsAsciiLetterOrDigit(text[after])))
            {
                // Historical reasons: "&copy=" and "&copyx" in attribute values stay as written.
                sb.Append(text, amp, after - amp);
                return after - amp;
            }

            sb.Append(value);
            return after - amp;
        }

        return 0;
    }

    private static int DecodeNumeric(string text, int amp, int end, StringBuilder sb)
    {
        var pos = amp + 2;
        var hex = pos < end && text[pos] is 'x' or 'X';
        if (hex)
        {
            pos++;
        }

        var digitsStart = pos;
        while (pos < end && (hex ? char.IsAsciiHexDigit(text[pos]) : char.IsAsciiDigit(text[pos])))
        {
            pos++;
        }

        if (pos == digitsStart)
        {
            return 0;
        }

        var codepoint = ParseClamped(text.AsSpan(digitsStart, pos - digitsStart), hex);
        if (pos < end && text[pos] == ';')
        {
            pos++;
        }

        if (codepoint == 0 || codepoint > 0x10FFFF || (codepoint >= 0xD800 && codepoint <= 0xDFFF))
        {
            codepoint = 0xFFFD;
        }
        else if (codepoint >= 0x80 && codepoint <= 0x9F)
        {
            codepoint = Windows1252[codepoint - 0x80];
        }

        sb.Append(char.ConvertFromUtf32((int)codepoint));
        return pos - amp;
    }

    private static long ParseClamped(ReadOnlySpan<char> digits, bool hex)
    {
        digits = digits.TrimStart('0');
        if (digits.Length == 0)
        {
            return 0;
        }

        if (digits.Length > (hex ? 6 : 7))
        {
            return 0x110000;
        }

        return long.Parse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
    }
}

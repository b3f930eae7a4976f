using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <content>Character references: normalizing, decoding and escaping text that may hold entities.</content>
public static partial class Sanitizer
{
    /// <summary>
    /// Makes every character reference in <paramref name="text"/> valid for both HTML5 and XML, as
    /// MediaWiki's <c>Sanitizer::normalizeCharReferences</c> does: <c>&amp;lt;</c>, <c>&amp;gt;</c>,
    /// <c>&amp;amp;</c> and <c>&amp;quot;</c> stay as they are, other named references become decimal
    /// ones (<c>&amp;nbsp;</c> → <c>&amp;#160;</c>), numeric ones lose leading zeros and use a lower-case
    /// <c>x</c>, and everything else — unknown names, references to invalid code points, a bare
    /// <c>&amp;</c> — is escaped as <c>&amp;amp;</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string NormalizeCharReferences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        var pos = 0;
        while (amp >= 0)
        {
            sb.Append(text, pos, amp - pos);
            var match = CharacterReferences.MatchAt(text, amp);
            AppendNormalized(sb, match, text.AsSpan(amp, match.Length));
            pos = amp + match.Length;
            amp = text.IndexOf('&', pos);
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    /// <summary>
    /// Replaces every character reference in <paramref name="text"/> by the characters it stands for
    /// (MediaWiki's <c>Sanitizer::decodeCharReferences</c>): unknown names stay as written, numeric
    /// references to invalid code points become U+FFFD.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The decoded text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string DecodeCharReferences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (amp >= 0)
        {
            sb.Append(text, pos, amp - pos);
            var match = CharacterReferences.MatchAt(text, amp);
            switch (match.Kind)
            {
                case CharacterReferences.Kind.Named:
                    var value = CharacterReferences.LookupEntity(match.Name);
                    if (value is null)
                    {
                        sb.Append('&').Append(CharacterReferences.ResolveAlias(match.Name));
                    }
                    else
                    {
                        sb.Append(value);
                    }

                    break;
                case CharacterReferences.Kind.Decimal:
                case CharacterReferences.Kind.Hex:
                    var cp = CharacterReferences.ParseCodepoint(match.Digits, match.Kind == CharacterReferences.Kind.Hex);
                    if (CharacterReferences.IsValidCodepoint(cp))
                    {
                        CharacterReferences.AppendCodepoint(sb, cp);
                    }
                    else
                    {
                        sb.Append(CharacterReferences.ReplacementCharacter);
                    }

                    break;
                default:
                    sb.Append('&');
                    break;
            }

            pos = amp + match.Length;
            amp = text.IndexOf('&', pos);
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    /// <summary>
    /// Decodes character references and then puts the text in Unicode normalization form C, as
    /// MediaWiki does for page titles (<c>decodeCharReferencesAndNormalize</c>, T16952).
    /// </summary>
    /// <param name="text">Normalized text that may contain references.</param>
    /// <returns>Normalized text without references.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string DecodeCharReferencesAndNormalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var decoded = DecodeCharReferences(text);
        return decoded.IsNormalized(NormalizationForm.FormC) ? decoded : decoded.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Escapes HTML special characters but keeps what character references mean
    /// (MediaWiki's <c>escapeHtmlAllowEntities</c>): references are decoded first, then <c>&amp;</c>,
    /// <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> are escaped, so <c>&amp;#160;</c> survives as a
    /// no-break space and <c>&lt;b&gt;</c> shows as text.
    /// </summary>
    /// <param name="html">The text.</param>
    /// <returns>Text safe to put in HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string EscapeHtmlAllowEntities(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var decoded = DecodeCharReferences(html);
        var sb = new StringBuilder(decoded.Length + 16);
        foreach (var c in decoded)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#039;"); break;
                case '\u0338': sb.Append("&#x338;"); break; // combining long solidus overlay: T387130
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    private static void AppendNormalized(StringBuilder sb, CharacterReferences.Match match, ReadOnlySpan<char> source)
    {
        switch (match.Kind)
        {
            case CharacterReferences.Kind.Named:
                var name = CharacterReferences.ResolveAlias(match.Name);
                if (name is "lt;" or "gt;" or "amp;" or "quot;" || !ReferenceEquals(name, match.Name))
                {
                    // The four XML entities stay in word form; MediaWiki's aliases become their standard name.
                    sb.Append('&').Append(name);
                    return;
                }

                var value = CharacterReferences.LookupEntity(name);
                if (value is null)
                {
                    sb.Append("&amp;").Append(name);
                    return;
                }

                // Some entities stand for two code points (&NotEqualTilde; = U+2242 U+0338).
                for (var i = 0; i < value.Length; i++)
                {
                    var cp = char.ConvertToUtf32(value, i);
                    if (cp > 0xFFFF)
                    {
                        i++;
                    }

                    sb.Append("&#").Append(cp.ToString(CultureInfo.InvariantCulture)).Append(';');
                }

                return;
            case CharacterReferences.Kind.Decimal:
            case CharacterReferences.Kind.Hex:
                var hex = match.Kind == CharacterReferences.Kind.Hex;
                var codepoint = CharacterReferences.ParseCodepoint(match.Digits, hex);
                if (CharacterReferences.IsValidCodepoint(codepoint))
                {
                    sb.Append(hex ? "&#x" : "&#")
                        .Append(codepoint.ToString(hex ? "x" : "D", CultureInfo.InvariantCulture))
                        .Append(';');
                }
                else
                {
                    // The source holds only '&', '#', 'x' and digits, so escaping '&' is all htmlspecialchars does.
                    sb.Append("&amp;").Append(source[1..]);
                }

                return;
            default:
                sb.Append("&amp;");
                return;
        }
    }
}

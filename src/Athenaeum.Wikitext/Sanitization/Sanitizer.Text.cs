using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <content>Text helpers: French spaces, comments, external URLs.</content>
public static partial class Sanitizer
{
    /// <summary>
    /// Puts a no-break space where French typography wants one (MediaWiki's <c>armorFrenchSpaces</c>,
    /// which tidy applies to every text node): a space before <c>? : ; ! % » ›</c> that is not followed by
    /// a word character, and a space after <c>« ‹</c>.
    /// </summary>
    /// <param name="text">HTML text (not inside a tag).</param>
    /// <param name="space">What to write for the space.</param>
    /// <returns>The armoured text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ArmorFrenchSpaces(string text, string space = "&#160;")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(space);
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }

        // Two passes, as MediaWiki's two successive replacements.
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && i + 1 < text.Length && text[i + 1] is '?' or ':' or ';' or '!' or '%' or '»' or '›'
                && !IsUnicodeWordAt(text, i + 2))
            {
                sb.Append(space);
            }
            else
            {
                sb.Append(c);
            }
        }

        var first = sb.ToString();
        if (first.AsSpan().IndexOfAny("«‹") < 0)
        {
            return first;
        }

        sb.Clear();
        for (var i = 0; i < first.Length; i++)
        {
            sb.Append(first[i]);
            if (first[i] is '«' or '‹' && i + 1 < first.Length && first[i + 1] == ' ')
            {
                sb.Append(space);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Removes HTML comments (MediaWiki's <c>removeHTMLcomments</c>). When a comment sits alone on a
    /// line (only spaces around it, newlines on both sides), the spaces and one newline go too, so no
    /// blank line is left. An unterminated comment and everything after it are kept.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without comments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string RemoveHtmlComments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.IndexOf("<!--", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (start >= 0)
        {
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            end += 3;
            sb.Append(text, pos, start - pos);

            // Spaces before the comment (already in the output) and after it (still in the input).
            var before = 0;
            while (before < sb.Length && sb[sb.Length - 1 - before] == ' ')
            {
                before++;
            }

            var after = end;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            var newlineBefore = before < sb.Length && sb[sb.Length - 1 - before] == '\n';
            if (newlineBefore && after < text.Length && text[after] == '\n')
            {
                sb.Length -= before;
                pos = after + 1;
            }
            else
            {
                pos = end;
            }

            // Removing a comment can join "<!" and "--" into a new comment start; MediaWiki searches
            // again from the beginning, so it would see it.
            var tail = Math.Min(3, sb.Length);
            if (tail > 0 && sb.ToString(sb.Length - tail, tail).Contains('<', StringComparison.Ordinal))
            {
                text = sb.ToString(sb.Length - tail, tail) + text[pos..];
                sb.Length -= tail;
                pos = 0;
            }

            start = text.IndexOf("<!--", pos, StringComparison.Ordinal);
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    /// <summary>
    /// Cleans the URL of an external link (MediaWiki's <c>cleanUrl</c>): character references are
    /// decoded; <c>[ ] &lt; &gt; " |</c>, controls, space and DEL are percent-encoded (space as <c>+</c>);
    /// characters that IDNA ignores (soft hyphen, zero-width and bidi controls, variation selectors …)
    /// and whitespace are removed from the host name, so that lookalike hosts cannot hide; a
    /// percent-encoded IPv6 host gets its brackets back.
    /// </summary>
    /// <param name="url">The URL as written.</param>
    /// <returns>The cleaned URL (still to be HTML-escaped).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static string CleanUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = DecodeCharReferences(url);
        var sb = new StringBuilder(url.Length + 8);
        foreach (var c in url)
        {
            if (c == ' ')
            {
                sb.Append('+');
            }
            else if (c < ' ' || c is '[' or ']' or '<' or '>' or '"' or '|' or '\u007f')
            {
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        url = sb.ToString();
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return url;
        }

        var protocol = url[..(colon + 1)];
        var hostEnd = colon + 1;
        if (url.AsSpan(hostEnd).StartsWith("//", StringComparison.Ordinal) && hostEnd + 2 < url.Length && url[hostEnd + 2] != '/')
        {
            var slash = url.IndexOf('/', hostEnd + 2);
            hostEnd = slash < 0 ? url.Length : slash;
        }

        var host = StripIgnoredHostCharacters(url[(colon + 1)..hostEnd]);
        return protocol + RestoreIpv6Brackets(host) + url[hostEnd..];
    }

    /// <summary>Whether a Unicode word character (PCRE <c>\w</c> in UCP mode) starts at <paramref name="index"/>.</summary>
    private static bool IsUnicodeWordAt(string text, int index)
    {
        if (index >= text.Length)
        {
            return false;
        }

        if (text[index] == '_')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    private static string StripIgnoredHostCharacters(string host)
    {
        var sb = new StringBuilder(host.Length);
        foreach (var rune in host.EnumerateRunes())
        {
            if (!IsIgnoredInHost(rune))
            {
                sb.Append(rune.ToString());
            }
        }

        return sb.ToString();
    }

    /// <summary>Characters that IDNs ignore (RFC 8264 §9.13, Default_Ignorable_Code_Point) and whitespace.</summary>
    private static bool IsIgnoredInHost(Rune rune)
    {
        var v = rune.Value;
        return Rune.IsWhiteSpace(rune)
            || v is 0x00AD or 0x034F or 0x061C or 0x180E or 0x2065 or 0x3164 or 0xFEFF or 0xFFA0 or 0xE0000 or 0xE0001
            || v is (>= 0x115F and <= 0x1160) or (>= 0x17B4 and <= 0x17B5) or (>= 0x180B and <= 0x180D)
            || v is (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x2064)
            || v is (>= 0x2066 and <= 0x206F) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xFFF0 and <= 0xFFF8)
            || v is (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0x1D173 and <= 0x1D17A) or (>= 0xE0002 and <= 0xE0FFF);
    }

    /// <summary>MediaWiki's <c>^//%5B([0-9A-Fa-f:.]+)%5D((:\d+)?)$</c> → <c>//[…]…</c>.</summary>
    private static string RestoreIpv6Brackets(string host)
    {
        if (!host.StartsWith("//%5B", StringComparison.Ordinal))
        {
            return host;
        }

        var close = host.IndexOf("%5D", 5, StringComparison.Ordinal);
        if (close <= 5)
        {
            return host;
        }

        var address = host.AsSpan(5, close - 5);
        var port = host.AsSpan(close + 3);
        var addressOk = !address.ContainsAnyExcept("0123456789abcdefABCDEF:.");
        var portOk = port.Length == 0 || (port.Length > 1 && port[0] == ':' && !port[1..].ContainsAnyExceptInRange('0', '9'));
        return addressOk && portOk ? string.Concat("//[", address, "]", port) : host;
    }
}

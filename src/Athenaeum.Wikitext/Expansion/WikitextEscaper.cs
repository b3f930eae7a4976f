using System.Text;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// Escapes text so that it shows literally when parsed as wikitext, as MediaWiki's wfEscapeWikiText
/// does: markup characters become numeric character references, line-start markup is broken, and
/// URL protocols lose their colon.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class WikitextEscaper
{
    // URL protocols of $wgUrlProtocols that end in ":" without "//".
    private static readonly string[] ColonProtocols = ["bitcoin", "geo", "magnet", "mailto", "matrix", "news", "sip", "sips", "sms", "tel", "urn", "xmpp"];

    private static readonly string[] MagicLinkWords = ["ISBN", "PMID", "RFC"];

    /// <summary>Escapes wikitext markup.</summary>
    /// <param name="text">The text.</param>
    /// <param name="magicLinks">Whether ISBN, PMID and RFC magic links are enabled (their following space is escaped).</param>
    /// <returns>The escaped text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Escape(string text, bool magicLinks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = "\n" + text;
        var sb = new StringBuilder(s.Length + 16);
        var i = 0;
        while (i < s.Length)
        {
            var consumed = TryReplaceAt(s, i, magicLinks, sb);
            if (consumed > 0)
            {
                i += consumed;
                continue;
            }

            sb.Append(s[i]);
            i++;
        }

        var escaped = sb.ToString(1, sb.Length - 1);
        return EscapeProtocolColons(escaped);
    }

    // PHP's strtr with an array: at each position the longest matching key wins, and replaced text is not rescanned.
    private static int TryReplaceAt(string s, int i, bool magicLinks, StringBuilder sb)
    {
        var c = s[i];
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        if (c is '\n' or '\r')
        {
            if (string.CompareOrdinal(s, i + 1, "----", 0, 4) == 0)
            {
                sb.Append(c).Append("&#45;---");
                return 5;
            }

            switch (next)
            {
                case '#':
                    sb.Append(c).Append("&#35;");
                    return 2;
                case '*':
                    sb.Append(c).Append("&#42;");
                    return 2;
                case ':':
                    sb.Append(c).Append("&#58;");
                    return 2;
                case ' ':
                    sb.Append(c).Append("&#32;");
                    return 2;
                case '\t':
                    sb.Append(c).Append("&#9;");
                    return 2;
                case '\n' when c == '\n':
                    sb.Append("\n&#10;");
                    return 2;
                case '\n':
                    sb.Append("&#13;\n");
                    return 2;
                case '\r' when c == '\n':
                    sb.Append("\n&#13;");
                    return 2;
                case '\r':
                    sb.Append("\r&#13;");
                    return 2;
            }

            return 0;
        }

        if (magicLinks)
        {
            foreach (var word in MagicLinkWords)
            {
                if (string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && i + word.Length < s.Length)
                {
                    var ws = s[i + word.Length] switch
                    {
                        ' ' => "&#32;",
                        '\t' => "&#9;",
                        '\r' => "&#13;",
                        '\n' => "&#10;",
                        '\f' => "&#12;",
                        _ => null,
                    };
                    if (ws is not null)
                    {
                        sb.Append(word).Append(ws);
                        return word.Length + 1;
                    }
                }
            }
        }

        switch (c)
        {
            case '"':
                sb.Append("&#34;");
                return 1;
            case '&':
                sb.Append("&#38;");
                return 1;
            case '\'':
                sb.Append("&#39;");
                return 1;
            case '<':
                sb.Append("&#60;");
                return 1;
            case '=':
                sb.Append("&#61;");
                return 1;
            case '>':
                sb.Append("&#62;");
                return 1;
            case '[':
                sb.Append("&#91;");
                return 1;
            case ']':
                sb.Append("&#93;");
                return 1;
            case '{':
                sb.Append("&#123;");
                return 1;
            case '|':
                sb.Append("&#124;");
                return 1;
            case '}':
                sb.Append("&#125;");
                return 1;
            case ';':
                sb.Append("&#59;");
                return 1;
            case '_' when next == '_':
                sb.Append("_&#95;");
                return 2;
            case ':' when string.CompareOrdinal(s, i, "://", 0, 3) == 0:
                sb.Append("&#58;//");
                return 3;
        }

        return 0;
    }

    // preg_replace('/\b(mailto|news|…):/i', '$1&#58;', $text)
    private static string EscapeProtocolColons(string text)
    {
        if (!text.Contains(':', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ':' && EndsWithProtocol(text, i))
            {
                sb.Append("&#58;");
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static bool EndsWithProtocol(string text, int colon)
    {
        foreach (var protocol in ColonProtocols)
        {
            var start = colon - protocol.Length;
            if (start >= 0 && string.Compare(text, start, protocol, 0, protocol.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (start == 0 || !IsWordChar(text[start - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // PCRE \b without /u: ASCII letters, digits and underscore are word characters.
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}

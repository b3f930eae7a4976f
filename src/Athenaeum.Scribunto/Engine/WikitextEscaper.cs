using System.Text;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// Escapes text so that wikitext shows it literally, as MediaWiki's wfEscapeWikiText: markup
/// characters become numeric character references, and so do line-start markers, "__", "://",
/// "~~~" and the magic-link words followed by whitespace.
/// </summary>
internal static class WikitextEscaper
{
    private static readonly string[] MagicWords = ["ISBN", "PMID", "RFC"];

    /// <summary>Escapes the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped wikitext.</returns>
    public static string Escape(string text)
    {
        var s = "\n" + text;
        var sb = new StringBuilder(s.Length + 16);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c is '\n' or '\r' && i + 1 < s.Length)
            {
                var lineStart = next switch
                {
                    '!' => "&#33;",
                    '#' => "&#35;",
                    '*' => "&#42;",
                    ':' => "&#58;",
                    ' ' => "&#32;",
                    '\t' => "&#9;",
                    _ => null,
                };
                if (c == '\r' && next == '\n')
                {
                    sb.Append("&#13;\n");
                    i++;
                    continue;
                }

                if (next is '\n' or '\r')
                {
                    sb.Append(c).Append(next == '\n' ? "&#10;" : "&#13;");
                    i++;
                    continue;
                }

                if (lineStart is not null)
                {
                    sb.Append(c).Append(lineStart);
                    i++;
                    continue;
                }

                if (string.CompareOrdinal(s, i + 1, "----", 0, 4) == 0)
                {
                    sb.Append(c).Append("&#45;");
                    i++;
                    continue;
                }
            }

            switch (c)
            {
                case '"': sb.Append("&#34;"); continue;
                case '&': sb.Append("&#38;"); continue;
                case '\'': sb.Append("&#39;"); continue;
                case '<': sb.Append("&#60;"); continue;
                case '=': sb.Append("&#61;"); continue;
                case '>': sb.Append("&#62;"); continue;
                case '[': sb.Append("&#91;"); continue;
                case ']': sb.Append("&#93;"); continue;
                case '{': sb.Append("&#123;"); continue;
                case '|': sb.Append("&#124;"); continue;
                case '}': sb.Append("&#125;"); continue;
                case ';': sb.Append("&#59;"); continue;
                case '_' when next == '_': sb.Append("_&#95;"); i++; continue;
                case ':' when string.CompareOrdinal(s, i, "://", 0, 3) == 0: sb.Append("&#58;//"); i += 2; continue;
                case '~' when string.CompareOrdinal(s, i, "~~~", 0, 3) == 0: sb.Append("~~&#126;"); i += 2; continue;
            }

            var magic = MagicWords.FirstOrDefault(w => string.CompareOrdinal(s, i, w, 0, w.Length) == 0 && i + w.Length < s.Length && char.IsWhiteSpace(s[i + w.Length]));
            if (magic is not null)
            {
                var ws = s[i + magic.Length];
                sb.Append(magic).Append("&#").Append(((int)ws).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                i += magic.Length;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString(1, sb.Length - 1);
    }
}

using System.Net;
using System.Text;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// Decodes the attribute text of an extension tag as MediaWiki's Sanitizer::decodeTagAttributes
/// does: names lowercased and filtered, values unquoted, whitespace runs collapsed and trimmed,
/// character references decoded. Later duplicates replace the value and keep the first position.
/// </summary>
/// <remarks>
/// Interim: character references are decoded with <see cref="WebUtility.HtmlDecode(string)"/> (HTML 4
/// entities and numeric references) until the Sanitizer of branch <c>san</c> is merged; then this
/// class should call its decodeTagAttributes.
/// TODO: switch to the san branch's Sanitizer once it is merged into main.
/// </remarks>
internal static class TagAttributeDecoder
{
    /// <summary>Decodes attribute text.</summary>
    /// <param name="text">The raw attribute text (leading whitespace included).</param>
    /// <returns>The attributes in source order.</returns>
    public static OrderedDictionary<string, string> Decode(string text)
    {
        var attributes = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        if (ParserFunctionArgument.Trim(text).Length == 0)
        {
            return attributes;
        }

        var pos = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (IsSpace(c) || c is '/' or '>')
            {
                pos++;
                continue;
            }

            var start = pos++;
            while (pos < text.Length && IsNameChar(text[pos]))
            {
                pos++;
            }

            var name = AsciiLower(text[start..pos]);
            var value = string.Empty;
            var p = pos;
            while (p < text.Length && IsSpace(text[p]))
            {
                p++;
            }

            if (p < text.Length && text[p] == '=')
            {
                p++;
                while (p < text.Length && IsSpace(text[p]))
                {
                    p++;
                }

                if (p < text.Length && text[p] is '"' or '\'')
                {
                    var end = text.IndexOf(text[p], p + 1);
                    value = end < 0 ? text[(p + 1)..] : text[(p + 1)..end];
                    pos = end < 0 ? text.Length : end + 1;
                }
                else
                {
                    var q = p;
                    while (q < text.Length && !IsSpace(text[q]) && text[q] != '>')
                    {
                        q++;
                    }

                    value = text[p..q];
                    pos = q;
                }
            }

            if (!IsValidName(name))
            {
                continue;
            }

            attributes[name] = WebUtility.HtmlDecode(ParserFunctionArgument.Trim(CollapseWhitespace(value)));
        }

        return attributes;
    }

    private static bool IsSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    private static bool IsNameChar(char c) => !IsSpace(c) && c is not ('/' or '>' or '=');

    // Sanitizer::getAttribNameRegex: /^[:_\p{L}\p{N}][:_\.\-\p{L}\p{N}]*$/u
    private static bool IsValidName(string name)
    {
        if (name.Length == 0 || !(name[0] is ':' or '_' || char.IsLetter(name[0]) || char.IsNumber(name[0])))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is ':' or '_' or '.' or '-' || char.IsLetter(c) || char.IsNumber(c) || char.IsSurrogate(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static string CollapseWhitespace(string value)
    {
        var sb = new StringBuilder(value.Length);
        var inSpace = false;
        foreach (var c in value)
        {
            if (c is '\t' or '\r' or '\n' or ' ')
            {
                if (!inSpace)
                {
                    sb.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                sb.Append(c);
                inSpace = false;
            }
        }

        return sb.ToString();
    }

    private static string AsciiLower(string s)
    {
        var chars = s.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] is >= 'A' and <= 'Z')
            {
                chars[k] = (char)(chars[k] + 32);
            }
        }

        return new string(chars);
    }
}

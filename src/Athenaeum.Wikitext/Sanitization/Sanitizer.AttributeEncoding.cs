using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <content>Attribute output: re-serializing validated attributes, armoured against later wikitext passes.</content>
public static partial class Sanitizer
{
    /// <summary>
    /// Parses, validates and re-serializes the attribute part of a tag (MediaWiki's
    /// <c>fixTagAttributes</c>): the result is empty or starts with a space, every value is
    /// double-quoted and armoured against later wikitext passes (<see cref="SafeEncodeAttribute"/>).
    /// </summary>
    /// <param name="text">The attribute text as written.</param>
    /// <param name="element">The lower-case element name.</param>
    /// <param name="sorted">Whether to sort the attributes by name.</param>
    /// <param name="idMode">How <c>id</c> values are escaped.</param>
    /// <returns>The safe attribute string.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string FixTagAttributes(string text, string element, bool sorted = false, FragmentMode idMode = FragmentMode.Html5)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(element);
        if (TrimPhp(text).Length == 0)
        {
            return string.Empty;
        }

        IEnumerable<KeyValuePair<string, string>> valid = ValidateTagAttributes(DecodeTagAttributes(text), element, idMode);
        if (sorted)
        {
            valid = valid.OrderBy(kv => kv.Key, StringComparer.Ordinal);
        }

        return SafeEncodeTagAttributes(valid);
    }

    /// <summary>
    /// Serializes attributes as <c> name="value"</c> pairs with <see cref="SafeEncodeAttribute"/>
    /// (MediaWiki's <c>safeEncodeTagAttributes</c>); empty when there are none.
    /// </summary>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The attribute string, starting with a space unless empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    public static string SafeEncodeTagAttributes(IEnumerable<KeyValuePair<string, string>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var sb = new StringBuilder();
        foreach (var (name, value) in attributes)
        {
            sb.Append(' ').Append(HtmlSpecialChars(name, quotes: false)).Append("=\"").Append(SafeEncodeAttribute(value)).Append('"');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Encodes an attribute value for HTML (MediaWiki's <c>encodeAttribute</c>): <c>&amp; &lt; &gt; " '</c>
    /// escaped, and tab, LF and CR written as references so that whitespace normalization keeps them.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <returns>The encoded value (without quotes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string EncodeAttribute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        AppendEncodedAttribute(sb, text);
        return sb.ToString();
    }

    /// <summary>
    /// Encodes an attribute value and armours it against the wikitext passes that run after the
    /// sanitizer (MediaWiki's <c>safeEncodeAttribute</c>): <c>{ } [ ] | _ ＿</c> become references, the
    /// magic-link words ISBN, RFC and PMID are broken with a reference, and the colon of every URL
    /// protocol is written <c>&amp;#58;</c>, so links, templates and magic links can never form inside
    /// an attribute.
    /// </summary>
    /// <param name="text">The decoded value.</param>
    /// <returns>The encoded value (without quotes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string SafeEncodeAttribute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoded = EncodeAttribute(text);
        var sb = new StringBuilder(encoded.Length + 16);
        for (var i = 0; i < encoded.Length; i++)
        {
            var protocolLength = UrlProtocols.MatchIgnoreCase(encoded, i);
            if (protocolLength > 0)
            {
                // MediaWiki's "stupid hack": no URL can be recognised inside the value later.
                sb.Append(encoded, i, protocolLength).Replace(":", "&#58;", sb.Length - protocolLength, protocolLength);
                i += protocolLength - 1;
                continue;
            }

            var c = encoded[i];
            switch (c)
            {
                case '{': sb.Append("&#123;"); break;
                case '}': sb.Append("&#125;"); break;
                case '[': sb.Append("&#91;"); break;
                case ']': sb.Append("&#93;"); break;
                case '|': sb.Append("&#124;"); break;
                case '_': sb.Append("&#95;"); break;
                case '\uFF3F': sb.Append("&#xFF3F;"); break;
                case 'I' when string.CompareOrdinal(encoded, i, "ISBN", 0, 4) == 0:
                    sb.Append("&#73;SBN");
                    i += 3;
                    break;
                case 'R' when string.CompareOrdinal(encoded, i, "RFC", 0, 3) == 0:
                    sb.Append("&#82;FC");
                    i += 2;
                    break;
                case 'P' when string.CompareOrdinal(encoded, i, "PMID", 0, 4) == 0:
                    sb.Append("&#80;MID");
                    i += 3;
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    private static void AppendEncodedAttribute(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#039;"); break;
                case '\n': sb.Append("&#10;"); break;
                case '\r': sb.Append("&#13;"); break;
                case '\t': sb.Append("&#9;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>PHP's <c>htmlspecialchars</c>: ENT_COMPAT escapes <c>&amp; &lt; &gt; "</c>, ENT_QUOTES (PHP's default) also <c>'</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="quotes">Whether <c>'</c> is escaped too (ENT_QUOTES).</param>
    /// <returns>The escaped text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string HtmlSpecialChars(string text, bool quotes = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'' when quotes: sb.Append("&#039;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}

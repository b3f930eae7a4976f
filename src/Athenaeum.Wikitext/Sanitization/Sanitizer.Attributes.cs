using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <content>Attributes: parsing attribute strings, the per-element whitelist, and safe re-encoding.</content>
public static partial class Sanitizer
{
    /// <summary>
    /// Parses the attribute part of a tag (MediaWiki's <c>decodeTagAttributes</c>): names are
    /// lower-cased (ASCII only) and must match <c>[:_\p{L}\p{N}][:_.\-\p{L}\p{N}]*</c>; values may be
    /// double-quoted, single-quoted (an unclosed quote runs to the end) or bare; a name alone gets the
    /// empty value; whitespace runs in values become one space and the value is trimmed; character
    /// references are decoded. A repeated name keeps its first position and its last value.
    /// </summary>
    /// <param name="text">The text between the tag name and <c>&gt;</c>.</param>
    /// <returns>The attributes in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OrderedDictionary<string, string> DecodeTagAttributes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var attributes = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var pos = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (IsAttributeSpace(c) || c == '/' || c == '>')
            {
                pos++;
                continue;
            }

            // The name: its first character may be '=', later ones may not.
            var nameStart = pos++;
            while (pos < text.Length && !IsAttributeSpace(text[pos]) && text[pos] is not ('/' or '>' or '='))
            {
                pos++;
            }

            var name = text[nameStart..pos];
            var value = string.Empty;
            var q = pos;
            while (q < text.Length && IsAttributeSpace(text[q]))
            {
                q++;
            }

            if (q < text.Length && text[q] == '=')
            {
                q++;
                while (q < text.Length && IsAttributeSpace(text[q]))
                {
                    q++;
                }

                (value, pos) = ReadAttributeValue(text, q);
            }

            name = AsciiText.ToLower(name);
            if (!IsValidAttributeName(name))
            {
                continue;
            }

            attributes[name] = DecodeCharReferences(TrimPhp(CollapseAttributeWhitespace(value)));
        }

        return attributes;
    }

    /// <summary>
    /// Keeps only the attributes <paramref name="element"/> may carry and cleans their values
    /// (MediaWiki's <c>validateTagAttributes</c>); see <see cref="ValidateAttributes"/>.
    /// </summary>
    /// <param name="attributes">Decoded attributes.</param>
    /// <param name="element">The lower-case element name.</param>
    /// <param name="idMode">How <c>id</c> values are escaped (the wiki's primary fragment mode).</param>
    /// <returns>The allowed attributes with cleaned values.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OrderedDictionary<string, string> ValidateTagAttributes(
        IEnumerable<KeyValuePair<string, string>> attributes, string element, FragmentMode idMode = FragmentMode.Html5)
    {
        ArgumentNullException.ThrowIfNull(element);
        return ValidateAttributes(attributes, HtmlElementRules.AttributesOf(element), idMode);
    }

    /// <summary>
    /// Keeps only allowed attributes and cleans their values (MediaWiki's <c>validateAttributes</c>):
    /// <c>xmlns:*</c> unless the value is a script URL; any <c>data-*</c> except reserved ones
    /// (<c>data-mw…</c>, <c>data-ooui…</c>, <c>data-parsoid…</c>) and names with <c>:</c> or <c>_</c>;
    /// otherwise only names in <paramref name="allowed"/> (never an <c>on*</c> handler). <c>style</c>
    /// goes through <see cref="CheckCss"/>, <c>id</c> through <see cref="EscapeIdForAttribute"/>, ARIA id
    /// lists through <see cref="EscapeIdReferenceList"/>; RDFa and microdata values naming a
    /// <c>javascript:</c>/<c>vbscript:</c> URL are dropped; <c>href</c>, <c>src</c> and <c>poster</c> must
    /// use an allowed protocol (<see cref="UrlProtocols"/>); <c>tabindex</c> may only be <c>0</c>; and
    /// <c>itemtype</c>/<c>itemid</c>/<c>itemref</c> need <c>itemscope</c>.
    /// </summary>
    /// <param name="attributes">Decoded attributes.</param>
    /// <param name="allowed">The allowed attribute names.</param>
    /// <param name="idMode">How <c>id</c> values are escaped.</param>
    /// <returns>The allowed attributes with cleaned values.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OrderedDictionary<string, string> ValidateAttributes(
        IEnumerable<KeyValuePair<string, string>> attributes, IReadOnlySet<string> allowed, FragmentMode idMode = FragmentMode.Html5)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(allowed);
        var result = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, rawValue) in attributes)
        {
            var value = rawValue;
            if (IsXmlnsAttribute(name))
            {
                // XML namespace declarations are allowed for RDFa.
                if (!HasEvilUri(value))
                {
                    result[name] = value;
                }

                continue;
            }

            if ((!IsUserDataAttribute(name) && !allowed.Contains(name)) || IsReservedDataAttribute(name))
            {
                continue;
            }

            switch (name)
            {
                case "style":
                    value = CheckCss(value);
                    break;
                case "id":
                    value = EscapeIdForAttribute(value, idMode);
                    break;
                case "aria-describedby" or "aria-flowto" or "aria-labelledby" or "aria-owns":
                    value = EscapeIdReferenceList(value, idMode);
                    break;
                case "rel" or "rev" or "about" or "property" or "resource" or "datatype" or "typeof"
                    or "itemid" or "itemprop" or "itemref" or "itemscope" or "itemtype":
                    // RDFa and microdata values may be URIs: allow simple values, never script URLs.
                    if (HasEvilUri(value))
                    {
                        continue;
                    }

                    break;
                case "href" or "src" or "poster":
                    // Only absolute URLs with a known protocol (this also drops relative URLs).
                    if (!UrlProtocols.IsAllowedUrl(value))
                    {
                        continue;
                    }

                    break;
                case "tabindex" when !string.Equals(value, "0", StringComparison.Ordinal):
                    // Only tabindex="0" is useful (for accessibility) and harmless.
                    continue;
            }

            result[name] = value;
        }

        if (!result.ContainsKey("itemscope"))
        {
            result.Remove("itemtype");
            result.Remove("itemid");
            result.Remove("itemref");
        }

        return result;
    }

    /// <summary>
    /// Gets whether <paramref name="name"/> is a <c>data-</c> attribute reserved for MediaWiki and its
    /// clients (<c>data-mw…</c>, <c>data-ooui…</c>, <c>data-parsoid…</c>), which page text may not set.
    /// </summary>
    /// <param name="name">The attribute name.</param>
    /// <returns><see langword="true"/> when the name is reserved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool IsReservedDataAttribute(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.StartsWith("data-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = name.AsSpan(5);
        return rest.StartsWith("ooui", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("mw", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("parsoid", StringComparison.OrdinalIgnoreCase);
    }

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
            sb.Append(' ').Append(EscapeHtml(name, quotes: false)).Append("=\"").Append(SafeEncodeAttribute(value)).Append('"');
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

    /// <summary>
    /// Merges two attribute sets: values of <paramref name="b"/> win, except <c>class</c>, whose
    /// class names are combined without duplicates (MediaWiki's <c>mergeAttributes</c>).
    /// </summary>
    /// <param name="a">The first set.</param>
    /// <param name="b">The second set.</param>
    /// <returns>The merged set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OrderedDictionary<string, string> MergeAttributes(
        IEnumerable<KeyValuePair<string, string>> a, IEnumerable<KeyValuePair<string, string>> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var result = new OrderedDictionary<string, string>(a, StringComparer.Ordinal);
        var classA = result.GetValueOrDefault("class");
        string? classB = null;
        foreach (var (name, value) in b)
        {
            result[name] = value;
            if (string.Equals(name, "class", StringComparison.Ordinal))
            {
                classB = value;
            }
        }

        if (classA is not null && classB is not null && !string.Equals(classA, classB, StringComparison.Ordinal))
        {
            var classes = (classA + " " + classB).Split(PcreSpaces, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);
            result["class"] = string.Join(' ', classes);
        }

        return result;
    }

    private static readonly char[] PcreSpaces = [' ', '\t', '\n', '\v', '\f', '\r'];

    private static (string Value, int End) ReadAttributeValue(string text, int pos)
    {
        if (pos < text.Length && text[pos] is '"' or '\'')
        {
            // An unclosed quote runs to the end of the text, as MediaWiki's (?:"|$) does.
            var close = text.IndexOf(text[pos], pos + 1);
            return close < 0 ? (text[(pos + 1)..], text.Length) : (text[(pos + 1)..close], close + 1);
        }

        var end = pos;
        while (end < text.Length && !IsAttributeSpace(text[end]) && text[end] != '>')
        {
            end++;
        }

        return (text[pos..end], end);
    }

    /// <summary>The HTML5 attribute-separating whitespace: tab, LF, FF, CR, space.</summary>
    private static bool IsAttributeSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    private static bool IsValidAttributeName(string name)
    {
        var first = true;
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var letterOrNumber = category is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
            var ok = letterOrNumber || rune.Value is ':' or '_' || (!first && rune.Value is '.' or '-');
            if (!ok)
            {
                return false;
            }

            first = false;
        }

        return !first;
    }

    private static bool IsXmlnsAttribute(string name)
    {
        if (name.Length <= 6 || !name.StartsWith("xmlns:", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 6; i < name.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(name[i]) && name[i] is not (':' or '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>MediaWiki's <c>^data-[^:= \t\r\n/&gt;\0_＿]*$</c> (case-insensitive).</summary>
    private static bool IsUserDataAttribute(string name)
    {
        if (!name.StartsWith("data-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 5; i < name.Length; i++)
        {
            if (name[i] is ':' or '=' or ' ' or '\t' or '\r' or '\n' or '/' or '>' or '\0' or '_' or '\uFF3F')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>MediaWiki's EVIL_URI_PATTERN: <c>(^|\s|\*/\s*)(javascript|vbscript)([^\w]|$)</c>, case-insensitive.</summary>
    private static bool HasEvilUri(string value)
    {
        foreach (var word in (ReadOnlySpan<string>)["javascript", "vbscript"])
        {
            var from = 0;
            while (from < value.Length)
            {
                var i = AsciiText.IndexOf(value, word, from);
                if (i < 0)
                {
                    break;
                }

                var end = i + word.Length;
                var after = end == value.Length || !AsciiText.IsWordChar(value[end]);
                if (after && IsEvilPrefix(value, i))
                {
                    return true;
                }

                from = i + 1;
            }
        }

        return false;
    }

    private static bool IsEvilPrefix(string value, int i)
    {
        if (i == 0 || UrlProtocols.IsPcreSpace(value[i - 1]))
        {
            return true;
        }

        var j = i;
        while (j > 0 && UrlProtocols.IsPcreSpace(value[j - 1]))
        {
            j--;
        }

        return j >= 2 && value[j - 1] == '/' && value[j - 2] == '*';
    }

    private static string CollapseAttributeWhitespace(string value)
    {
        if (value.AsSpan().IndexOfAny("\t\r\n ") < 0)
        {
            return value;
        }

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

    /// <summary>PHP's <c>trim()</c>: strips space, tab, LF, CR, NUL and vertical tab (not form feed).</summary>
    private static string TrimPhp(string value) => value.Trim(PhpTrimChars);

    private static readonly char[] PhpTrimChars = [' ', '\t', '\n', '\r', '\0', '\v'];

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

    /// <summary>PHP's <c>htmlspecialchars</c>: ENT_COMPAT escapes <c>&amp; &lt; &gt; "</c>, ENT_QUOTES also <c>'</c>.</summary>
    private static string EscapeHtml(string text, bool quotes)
    {
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

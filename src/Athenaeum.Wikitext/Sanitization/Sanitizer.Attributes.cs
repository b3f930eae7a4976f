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
}

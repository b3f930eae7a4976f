using System.Collections.Frozen;
using System.Text;

namespace Athenaeum.Wikitext.Extensions.Common;

/// <summary>
/// Writes HTML elements as MediaWiki's <c>Html</c> class does, so that extension output matches it
/// byte for byte: attribute values escaped as <c>htmlspecialchars(ENT_QUOTES)</c> plus tab, LF and
/// CR references; <c>class</c>, <c>rel</c> and <c>accesskey</c> split, deduplicated and rejoined;
/// boolean attributes written <c>name=""</c>; attributes at their HTML default dropped (an empty
/// class, <c>type="text"</c> on an input …); void elements closed with <c>/&gt;</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class HtmlBuilder
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(
        StringComparer.Ordinal, "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    private static readonly FrozenSet<string> BoolAttributes = FrozenSet.Create(
        StringComparer.Ordinal,
        "async", "autofocus", "autoplay", "checked", "controls", "default", "defer", "disabled", "formnovalidate", "hidden", "ismap",
        "itemscope", "loop", "multiple", "muted", "novalidate", "open", "pubdate", "readonly", "required", "reversed", "scoped",
        "seamless", "selected", "truespeed", "typemustmatch");

    /// <summary>An element with HTML content (Html::rawElement).</summary>
    /// <param name="element">The element name, lowercase.</param>
    /// <param name="attributes">The attributes in order; <see langword="null"/> values are left out.</param>
    /// <param name="contents">The HTML content (ignored for a void element).</param>
    /// <returns>The HTML.</returns>
    public static string RawElement(string element, IEnumerable<KeyValuePair<string, string?>> attributes, string contents)
    {
        var open = OpenElement(element, attributes);
        return VoidElements.Contains(element)
            ? open[..^1] + "/>"
            : open + contents.Replace("\u0338", "&#x338;", StringComparison.Ordinal) + "</" + element + ">";
    }

    /// <summary>An element with text content, <c>&amp;</c> and <c>&lt;</c> escaped (Html::element).</summary>
    /// <param name="element">The element name, lowercase.</param>
    /// <param name="attributes">The attributes in order.</param>
    /// <param name="text">The text.</param>
    /// <returns>The HTML.</returns>
    public static string Element(string element, IEnumerable<KeyValuePair<string, string?>> attributes, string text)
        => RawElement(element, attributes, text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal));

    /// <summary>An opening tag (Html::openElement).</summary>
    /// <param name="element">The element name, lowercase.</param>
    /// <param name="attributes">The attributes in order.</param>
    /// <returns>The HTML.</returns>
    public static string OpenElement(string element, IEnumerable<KeyValuePair<string, string?>> attributes)
        => "<" + element + ExpandAttributes(DropDefaults(element, attributes)) + ">";

    /// <summary>Serializes attributes (Html::expandAttributes): each as <c> name="value"</c>.</summary>
    /// <param name="attributes">The attributes in order; <see langword="null"/> values are left out.</param>
    /// <returns>The attribute string, starting with a space unless empty.</returns>
    public static string ExpandAttributes(IEnumerable<KeyValuePair<string, string?>> attributes)
    {
        var sb = new StringBuilder();
        foreach (var (rawKey, rawValue) in attributes)
        {
            if (rawValue is null)
            {
                continue;
            }

            var key = rawKey.ToLowerInvariant();
            var value = rawValue;
            if (key is "class" or "rel" or "accesskey")
            {
                value = string.Join(' ', value.Split(' ').Where(p => p.Length > 0).Distinct(StringComparer.Ordinal));
            }
            else if (BoolAttributes.Contains(key))
            {
                sb.Append(' ').Append(key).Append("=\"\"");
                continue;
            }

            sb.Append(' ').Append(key).Append("=\"").Append(EscapeAttribute(value)).Append('"');
        }

        return sb.ToString();
    }

    // Html::dropDefaults: attributes whose value is the HTML default are left out.
    private static IEnumerable<KeyValuePair<string, string?>> DropDefaults(string element, IEnumerable<KeyValuePair<string, string?>> attributes)
    {
        var list = attributes.ToList();
        var type = list.FirstOrDefault(a => a.Key == "type").Value;
        foreach (var (key, value) in list)
        {
            var drop = value is not null && (key, element, value) switch
            {
                ("class", _, "") => true,
                ("shape", "area", "rect") or ("formaction", "button" or "input", "GET") => true,
                ("formenctype", "button", "application/x-www-form-urlencoded") or ("enctype", "form", "application/x-www-form-urlencoded") => true,
                ("action", "form", "GET") or ("autocomplete", "form", "on") or ("type", "input", "text") => true,
                ("media", "link" or "style", "all") or ("type", "style", "text/css") or ("type", "link", "text/css") => true,
                ("type", "script", "text/javascript") or ("type", "menu", "list") or ("wrap", "textarea", "soft") => true,
                ("value", "input", "") => type is not ("checkbox" or "radio" or "submit"),
                ("value", "input", "on") => type is "checkbox" or "radio",
                _ => false,
            };
            if (!drop)
            {
                yield return new(key, value);
            }
        }
    }

    /// <summary>Escapes an attribute value as Html::expandAttributes does.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped value.</returns>
    public static string EscapeAttribute(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#039;",
                '\n' => "&#10;",
                '\r' => "&#13;",
                '\t' => "&#9;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>Makes an attribute list from name/value pairs.</summary>
    /// <param name="pairs">Alternating names and values.</param>
    /// <returns>The attributes.</returns>
    public static List<KeyValuePair<string, string?>> Attributes(params (string Name, string? Value)[] pairs)
        => [.. pairs.Select(p => new KeyValuePair<string, string?>(p.Name, p.Value))];

    /// <summary>Escapes text as PHP's htmlspecialchars with its default flags (<c>&amp; &lt; &gt; " '</c>, the quote as <c>&amp;#039;</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string HtmlSpecialChars(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#039;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}

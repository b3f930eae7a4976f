using System.Collections.Frozen;
using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <summary>
/// Writes HTML elements the way MediaWiki's <c>Html</c> class does (<c>Html::element</c>,
/// <c>rawElement</c>, <c>openElement</c>, <c>expandAttributes</c>), so that HTML the parser and its
/// extensions build (links, <c>&lt;pre&gt;</c>, references, thumbnails …) matches MediaWiki byte for byte:
/// attribute values escaped with <c>&amp; &lt; &gt; " '</c> and tab/LF/CR as references, boolean
/// attributes as <c>name=""</c>, class lists de-duplicated, default values dropped, void elements
/// written <c>&lt;br/&gt;</c>.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. This does not sanitize: attribute names and element names must come from
/// code, and values from page text must be validated first (<see cref="Sanitizer.ValidateTagAttributes"/>).
/// </remarks>
public static class HtmlBuilder
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    private static readonly FrozenSet<string> BooleanAttributes = FrozenSet.Create(
        StringComparer.Ordinal,
        "async", "autofocus", "autoplay", "checked", "controls", "default", "defer", "disabled", "formnovalidate", "hidden",
        "ismap", "itemscope", "loop", "multiple", "muted", "novalidate", "open", "pubdate", "readonly", "required",
        "reversed", "scoped", "seamless", "selected", "truespeed", "typemustmatch");

    private static readonly FrozenSet<string> ValidInputTypes = FrozenSet.Create(
        StringComparer.Ordinal,
        "hidden", "text", "password", "checkbox", "radio", "file", "submit", "image", "reset", "button", "datetime",
        "datetime-local", "date", "month", "time", "week", "number", "range", "email", "url", "search", "tel", "color");

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Defaults =
        new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["area"] = Map(("shape", "rect")),
            ["button"] = Map(("formaction", "GET"), ("formenctype", "application/x-www-form-urlencoded")),
            ["canvas"] = Map(("height", "150"), ("width", "300")),
            ["form"] = Map(("action", "GET"), ("autocomplete", "on"), ("enctype", "application/x-www-form-urlencoded")),
            ["input"] = Map(("formaction", "GET"), ("type", "text")),
            ["keygen"] = Map(("keytype", "rsa")),
            ["link"] = Map(("media", "all")),
            ["menu"] = Map(("type", "list")),
            ["script"] = Map(("type", "text/javascript")),
            ["style"] = Map(("media", "all"), ("type", "text/css")),
            ["textarea"] = Map(("wrap", "soft")),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Writes an element with text contents (<c>&amp;</c> and <c>&lt;</c> escaped), MediaWiki's <c>Html::element</c>.</summary>
    /// <param name="element">The element name.</param>
    /// <param name="attributes">The attributes; a null value leaves the attribute out.</param>
    /// <param name="text">The text.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public static string Element(string element, IEnumerable<KeyValuePair<string, string?>>? attributes = null, string? text = null)
    {
        var escaped = (text ?? string.Empty).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        return RawElement(element, attributes, escaped);
    }

    /// <summary>Writes an element with HTML contents, MediaWiki's <c>Html::rawElement</c> (void elements get no contents).</summary>
    /// <param name="element">The element name.</param>
    /// <param name="attributes">The attributes; a null value leaves the attribute out.</param>
    /// <param name="html">The contents, already HTML.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public static string RawElement(string element, IEnumerable<KeyValuePair<string, string?>>? attributes = null, string? html = null)
    {
        var start = OpenElement(element, attributes);

        // As in MediaWiki, the void check uses the name as given (an upper-case "BR" gets an end tag).
        if (VoidElements.Contains(element))
        {
            return string.Concat(start.AsSpan(0, start.Length - 1), "/>");
        }

        return start + Sanitizer.EscapeCombiningChar(html ?? string.Empty) + CloseElement(element);
    }

    /// <summary>Writes a start tag, MediaWiki's <c>Html::openElement</c>: name lower-cased, invalid input types and default values dropped.</summary>
    /// <param name="element">The element name.</param>
    /// <param name="attributes">The attributes; a null value leaves the attribute out.</param>
    /// <returns>The start tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public static string OpenElement(string element, IEnumerable<KeyValuePair<string, string?>>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        element = AsciiText.ToLower(element);
        var list = new List<KeyValuePair<string, string?>>(attributes ?? []);
        if (element == "input")
        {
            list.RemoveAll(a => a.Key == "type" && a.Value is not null && !ValidInputTypes.Contains(a.Value));
        }

        if (element == "button" && !list.Exists(a => a.Key == "type" && a.Value is not null))
        {
            var index = list.FindIndex(a => a.Key == "type");
            if (index >= 0)
            {
                list[index] = new("type", "submit");
            }
            else
            {
                list.Add(new("type", "submit"));
            }
        }

        return "<" + element + ExpandAttributes(DropDefaults(element, list)) + ">";
    }

    /// <summary>Writes an end tag.</summary>
    /// <param name="element">The element name.</param>
    /// <returns>The end tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public static string CloseElement(string element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return "</" + AsciiText.ToLower(element) + ">";
    }

    /// <summary>
    /// Writes attributes, MediaWiki's <c>Html::expandAttributes</c>: each as <c> name="value"</c>, names
    /// lower-cased, null values skipped, boolean attributes as <c>name=""</c>, <c>class</c>,
    /// <c>accesskey</c> and <c>rel</c> split on spaces and de-duplicated.
    /// </summary>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The attribute string (empty or starting with a space).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    public static string ExpandAttributes(IEnumerable<KeyValuePair<string, string?>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var sb = new StringBuilder();
        foreach (var (rawKey, rawValue) in attributes)
        {
            if (rawValue is null)
            {
                continue;
            }

            var key = AsciiText.ToLower(rawKey);
            var value = rawValue;
            if (key is "class" or "accesskey" or "rel")
            {
                value = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal));
            }
            else if (BooleanAttributes.Contains(key))
            {
                sb.Append(' ').Append(key).Append("=\"\"");
                continue;
            }

            sb.Append(' ').Append(key).Append("=\"").Append(Sanitizer.EncodeAttribute(value)).Append('"');
        }

        return sb.ToString();
    }

    private static List<KeyValuePair<string, string?>> DropDefaults(string element, List<KeyValuePair<string, string?>> attributes)
    {
        var defaults = Defaults.GetValueOrDefault(element);
        attributes.RemoveAll(a => a.Key == "class"
            ? a.Value is not null && a.Value.Length == 0
            : defaults is not null && a.Value is not null && defaults.TryGetValue(a.Key, out var d) && string.Equals(d, a.Value, StringComparison.Ordinal));
        if (element == "link")
        {
            attributes.RemoveAll(a => a.Key == "type" && a.Value == "text/css");
        }

        if (element == "input")
        {
            var type = attributes.Find(a => a.Key == "type").Value;
            attributes.RemoveAll(a => a.Key == "value" && (type is "checkbox" or "radio" ? a.Value == "on" : type != "submit" && a.Value?.Length == 0));
        }

        if (element == "select" && attributes.Exists(a => a.Key == "size"))
        {
            var multiple = attributes.Exists(a => a.Key == "multiple" && a.Value is not null);
            attributes.RemoveAll(a => a.Key == "size" && a.Value == (multiple ? "4" : "1"));
        }

        return attributes;
    }

    /// <summary>Builds an attribute list from name/value pairs, in order (a null value is left out when expanded).</summary>
    /// <param name="pairs">The attributes.</param>
    /// <returns>The list.</returns>
    public static List<KeyValuePair<string, string?>> Attributes(params (string Name, string? Value)[] pairs)
        => [.. pairs.Select(p => new KeyValuePair<string, string?>(p.Name, p.Value))];

    private static FrozenDictionary<string, string> Map(params (string Key, string Value)[] pairs) =>
        pairs.ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}

using System.Net;
using System.Text;

namespace Athenaeum.Wikitext.Extensions.CoreTags;

/// <summary>
/// A small stand-in for MediaWiki's Sanitizer::validateTagAttributes and Html::expandAttributes,
/// enough for <c>&lt;pre&gt;</c>: the common HTML attributes plus the element's own, <c>data-*</c>,
/// ids escaped as html5 fragments, and styles kept only when they hold nothing that could load or
/// run anything.
/// </summary>
/// <remarks>
/// TODO: replace with the Sanitizer of branch <c>san</c> once it is merged into main (its full CSS
/// check normalizes styles the way MediaWiki does; this one only accepts or rejects them).
/// </remarks>
internal static class InterimAttributeSanitizer
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "id", "class", "style", "lang", "dir", "title", "tabindex",
        "aria-describedby", "aria-flowto", "aria-hidden", "aria-label", "aria-labelledby", "aria-owns", "role",
        "about", "property", "resource", "datatype", "typeof",
        "itemid", "itemprop", "itemref", "itemscope", "itemtype",
    };

    private static readonly Dictionary<string, string[]> ElementAttributes = new(StringComparer.Ordinal)
    {
        ["pre"] = ["width"],
    };

    private static readonly string[] InsecureCss =
    [
        "expression", "filter", "accelerator", "-o-link", "-o-replace", "url", "image", "attr", "var(", "\\", "/*", "@import", "behavior", "-moz-binding",
    ];

    /// <summary>Keeps the attributes allowed on <paramref name="element"/>, with their values made safe.</summary>
    /// <param name="attributes">The decoded attributes.</param>
    /// <param name="element">The element name.</param>
    /// <returns>The allowed attributes in order.</returns>
    public static List<KeyValuePair<string, string>> Validate(IReadOnlyDictionary<string, string> attributes, string element)
    {
        var result = new List<KeyValuePair<string, string>>();
        ElementAttributes.TryGetValue(element, out var own);
        foreach (var (name, value) in attributes)
        {
            var isData = name.StartsWith("data-", StringComparison.Ordinal) && !name.Contains(':', StringComparison.Ordinal)
                && !name.StartsWith("data-ooui", StringComparison.Ordinal) && !name.StartsWith("data-mw", StringComparison.Ordinal)
                && !name.StartsWith("data-parsoid", StringComparison.Ordinal);
            if (!Common.Contains(name) && !(own?.Contains(name) ?? false) && !isData)
            {
                continue;
            }

            var safe = value;
            if (name == "style")
            {
                safe = CheckCss(value);
            }
            else if (name == "id")
            {
                safe = EscapeId(value);
            }
            else if (name == "tabindex" && value != "0")
            {
                continue;
            }
            else if (name is "about" or "property" or "resource" or "datatype" or "typeof" or "itemid" or "itemprop" or "itemref" or "itemscope" or "itemtype"
                && IsEvilUri(value))
            {
                continue;
            }

            result.Add(new(name, safe));
        }

        return result;
    }

    /// <summary>Writes attributes as Html::expandAttributes does: class lists normalized, values escaped and double-quoted.</summary>
    /// <param name="html">The output.</param>
    /// <param name="attributes">The attributes.</param>
    public static void AppendAttributes(StringBuilder html, IEnumerable<KeyValuePair<string, string>> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            var text = value;
            if (name is "class" or "accesskey" or "rel")
            {
                text = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal));
            }

            html.Append(' ').Append(name).Append("=\"").Append(Encode(text)).Append('"');
        }
    }

    private static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length);
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

    private static string CheckCss(string value)
    {
        var decoded = WebUtility.HtmlDecode(value);
        foreach (var word in InsecureCss)
        {
            if (decoded.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return "/* insecure input */";
            }
        }

        return decoded;
    }

    private static string EscapeId(string value)
    {
        var id = value.Length > 1024 ? value[..1024] : value;
        return id.Replace('\t', '_').Replace('\n', '_').Replace('\f', '_').Replace('\r', '_').Replace(' ', '_');
    }

    private static bool IsEvilUri(string value)
    {
        var v = value.TrimStart().ToLowerInvariant();
        return v.StartsWith("javascript:", StringComparison.Ordinal) || v.StartsWith("vbscript:", StringComparison.Ordinal) || v.StartsWith("data:", StringComparison.Ordinal);
    }
}

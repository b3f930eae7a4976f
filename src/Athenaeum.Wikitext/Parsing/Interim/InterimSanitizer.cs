using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Rendering.Html;

namespace Athenaeum.Wikitext.Parsing.Interim;

/// <summary>
/// The few Sanitizer functions the passes call, in a minimal form, until the <c>san</c> branch's
/// <c>Sanitization/</c> lands and replaces this file (TODO: remove once branch <c>san</c> is merged).
/// Only ids, entity decoding and tag escaping are here; attribute whitelisting is not.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class InterimSanitizer
{
    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "bdi", "del", "i", "ins", "u", "font", "big", "small", "sub", "sup", "h1", "h2", "h3", "h4", "h5", "h6",
        "cite", "code", "em", "s", "strike", "strong", "tt", "var", "div", "center", "blockquote", "ol", "ul", "dl",
        "table", "caption", "pre", "ruby", "rb", "rp", "rt", "rtc", "p", "span", "abbr", "dfn", "kbd", "samp", "data",
        "time", "mark", "br", "wbr", "hr", "li", "dt", "dd", "td", "th", "tr", "q", "bdo", "meta", "link",
    };

    /// <summary>Escapes every tag that is not on MediaWiki's list of allowed HTML tags.</summary>
    public static string RemoveHtmlTags(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pos = 0;
        foreach (Match m in TagRegex().Matches(text))
        {
            sb.Append(text, pos, m.Index - pos);
            sb.Append(AllowedTags.Contains(m.Groups[2].Value) ? m.Value : "&lt;" + m.Value[1..].Replace(">", "&gt;", StringComparison.Ordinal));
            pos = m.Index + m.Length;
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    /// <summary>Escapes an id for an attribute in the given mode (Sanitizer::escapeIdForAttribute).</summary>
    public static string EscapeId(string id, FragmentMode mode)
    {
        if (id.Length > 1024)
        {
            id = id[..1024];
        }

        if (mode == FragmentMode.Html5)
        {
            return id.Replace('\t', '_').Replace('\n', '_').Replace('\f', '_').Replace('\r', '_').Replace(' ', '_');
        }

        return UrlEncoding.UrlEncode(id.Replace(' ', '_')).Replace("%3A", ":", StringComparison.Ordinal).Replace('%', '.');
    }

    /// <summary>Escapes an id for the fragment of a link (Sanitizer::escapeIdForLink).</summary>
    public static string EscapeIdForLink(string id, FragmentMode mode)
    {
        var escaped = EscapeId(id, mode);
        return mode == FragmentMode.Html5 ? PercentRegex().Replace(escaped, "%25$1") : escaped;
    }

    /// <summary>Collapses runs of spaces and underscores (Sanitizer::normalizeSectionNameWhitespace).</summary>
    public static string NormalizeSectionNameWhitespace(string section) => SpaceRunRegex().Replace(section, " ").Trim();

    /// <summary>Decodes character references, leaving invalid ones as they are.</summary>
    public static string DecodeCharReferences(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        return CharRefRegex().Replace(text, m =>
        {
            if (m.Groups[1].Success)
            {
                var resolved = AngleSharp.Html.HtmlEntityProvider.Resolver.GetSymbol(m.Groups[1].Value);
                return string.IsNullOrEmpty(resolved) ? m.Value : resolved;
            }

            var number = m.Groups[2].Success
                ? int.TryParse(m.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : -1
                : int.TryParse(m.Groups[3].ValueSpan, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : -1;
            return number is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(number) : m.Value;
        });
    }

    /// <summary>Cleans a URL for an href (Sanitizer::cleanUrl): entities decoded, unsafe characters escaped, ignorable host characters removed.</summary>
    public static string CleanUrl(string url)
    {
        url = DecodeCharReferences(url);
        url = UnsafeUrlCharRegex().Replace(url, m => UrlEncoding.UrlEncode(m.Value));
        var m = UrlPartsRegex().Match(url);
        if (!m.Success)
        {
            return url;
        }

        var host = IgnorableHostCharRegex().Replace(m.Groups[2].Value, string.Empty);
        return m.Groups[1].Value + host + m.Groups[3].Value;
    }

    [GeneratedRegex(@"[\]\[<>""\x00-\x20\x7F|]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeUrlCharRegex();

    [GeneratedRegex("^([^:]+:)(//[^/]+)?(.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPartsRegex();

    [GeneratedRegex(@"\s|\u00AD|\u034F|\u061C|[\u115F-\u1160]|[\u17B4-\u17B5]|[\u180B-\u180E]|[\u200B-\u200F]|[\u202A-\u202E]|[\u2060-\u206F]|\u3164|[\uFE00-\uFE0F]|\uFEFF|\uFFA0|[\uFFF0-\uFFF8]", RegexOptions.CultureInvariant)]
    private static partial Regex IgnorableHostCharRegex();

    /// <summary>
    /// Normalizes the attributes of a table tag (Sanitizer::fixTagAttributes) in a minimal way: parsed,
    /// lowercased, event handlers and style expressions dropped, re-quoted.
    /// </summary>
    public static string FixTagAttributes(string text, string element)
    {
        _ = element;
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in AttributeRegex().Matches(text))
        {
            var name = m.Groups[1].Value.ToLowerInvariant();
            var value = m.Groups[3].Success ? m.Groups[3].Value
                : m.Groups[4].Success ? m.Groups[4].Value
                : m.Groups[5].Success ? m.Groups[5].Value
                : string.Empty;
            value = DecodeCharReferences(value);
            if (name.StartsWith("on", StringComparison.Ordinal)
                || value.Contains("expression", StringComparison.OrdinalIgnoreCase)
                || value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
                || value.Contains("url(", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            attributes[name] = WhitespaceRegex().Replace(value, " ").Trim(' ');
        }

        var sb = new StringBuilder();
        foreach (var (name, value) in attributes)
        {
            sb.Append(' ').Append(name).Append("=\"").Append(HtmlText.Escape(value)).Append('"');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(?:^|[\t\n\f\r ])([:_\p{L}\p{N}][:_\p{L}\p{N}.-]*)([\t\n\f\r ]*=[\t\n\f\r ]*(?:""([^""]*)(?:""|$)|'([^']*)(?:'|$)|((?:(?![\t\n\f\r ]|>).)*)))?", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AttributeRegex();

    [GeneratedRegex(@"[\t\n\f\r ]+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();

    /// <summary>Removes tags and decodes character references (Sanitizer::stripAllTags), whitespace characters becoming spaces.</summary>
    public static string StripAllTags(string html)
    {
        var text = DecodeCharReferences(AnyTagRegex().Replace(html, string.Empty));
        return text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTagRegex();

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex("%([a-fA-F0-9]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex PercentRegex();

    [GeneratedRegex("[ _]+", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceRunRegex();

    [GeneratedRegex("&(?:([A-Za-z0-9]+);|#([0-9]+);|#[xX]([0-9A-Fa-f]+);)", RegexOptions.CultureInvariant)]
    private static partial Regex CharRefRegex();
}

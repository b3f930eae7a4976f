using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Extensions.Gallery;

/// <summary>
/// The <c>&lt;gallery&gt;</c> tag as MediaWiki 1.39 renders it (Parser::renderImageGallery with the
/// gallery classes of its mode) when the files do not exist — the case of every wiki imported from
/// a dump without its media: each line "File|caption" gives a box with the file name as text in the
/// thumb area and the parsed caption below, sized by <c>widths</c>/<c>heights</c>, with the modes'
/// geometry, <c>perrow</c>, <c>caption</c>, <c>showfilename</c> and the <c>ul</c> attributes kept.
/// Every file is registered as used, and the page joins the broken-file tracking category.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed partial class GalleryTag : ITagExtension
{
    private const int DefaultSize = 120;

    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["gallery"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var parameters = invocation.Attributes;
        var session = invocation.Session;
        var language = Language.Get(session.Context.Site.LanguageCode);
        var requested = parameters.TryGetValue("mode", out var m) && m.Length > 0 && m != "0" ? language.Lc(m) : "traditional";
        var mode = GalleryMode.Find(requested) ?? GalleryMode.Find("traditional")!;

        var attributes = new List<KeyValuePair<string, string?>>();
        foreach (var (key, value) in TagAttributes.Validate(invocation, "ul"))
        {
            attributes.Add(new(key, value));
        }

        var perRow = mode.HasPerRow && parameters.TryGetValue("perrow", out var p) ? ParsePerRow(p) : 0;
        var widths = parameters.TryGetValue("widths", out var w) ? ParseSize(w) ?? DefaultSize : DefaultSize;
        var heights = parameters.TryGetValue("heights", out var h) ? ParseSize(h) ?? DefaultSize : DefaultSize;

        // The caption is parsed in a fresh page frame, as MediaWiki does (T107332).
        var caption = parameters.TryGetValue("caption", out var c) ? session.GetRecursiveParser().RecursiveTagParse(c, null) : null;
        if (string.Equals(mode.Name, "slideshow", StringComparison.Ordinal))
        {
            Set(attributes, "data-showthumbnails", parameters.ContainsKey("showthumbnails") ? "1" : string.Empty);
        }

        if (perRow > 0)
        {
            var old = attributes.FirstOrDefault(a => a.Key == "style").Value ?? string.Empty;
            Set(attributes, "style", "max-width: " + mode.MaxWidth(perRow, widths).ToString(CultureInfo.InvariantCulture) + "px;" + old);
        }

        var html = new StringBuilder("<ul");
        foreach (var (key, value) in MergeClass("gallery mw-gallery-" + mode.Name, attributes))
        {
            html.Append(' ').Append(key).Append("=\"").Append(Sanitizer.EncodeAttribute(value ?? string.Empty)).Append('"');
        }

        html.Append('>');
        if (!string.IsNullOrEmpty(caption))
        {
            html.Append("\n\t<li class='gallerycaption'>").Append(caption).Append("</li>");
        }

        var showFileName = parameters.ContainsKey("showfilename");
        var links = new LinkHtml(session.Context.Site, session.Options);
        foreach (var line in (invocation.Content ?? string.Empty).Split('\n'))
        {
            AppendItem(html, invocation, mode, line, widths, heights, showFileName ? links : null);
        }

        return html.Append("\n</ul>").ToString();
    }

    // Parser::parseWidthParam without height: digits with an optional "px"; must be positive.
    private static int? ParseSize(string value)
    {
        var match = SizeRegex().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var size = PhpIntval(value);
        return size > 0 ? size : null;
    }

    // setPerRow: a negative number is ignored, anything else is PHP's (int) of it.
    private static int ParsePerRow(string value)
    {
        var n = PhpIntval(value);
        return n > 0 ? n : 0;
    }

    // PHP's intval of a string: leading whitespace, sign and digits; 0 when there are none; saturating.
    private static int PhpIntval(string value)
    {
        var s = value.TrimStart(' ', '\t', '\n', '\r', '\v', '\f');
        var i = 0;
        var negative = false;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            negative = s[i] == '-';
            i++;
        }

        long n = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            n = Math.Min((n * 10) + (s[i] - '0'), (long)int.MaxValue + 1);
            i++;
        }

        n = negative ? -n : n;
        return (int)Math.Clamp(n, int.MinValue, int.MaxValue);
    }

    private static void Set(List<KeyValuePair<string, string?>> attributes, string key, string value)
    {
        var at = attributes.FindIndex(a => a.Key == key);
        if (at >= 0)
        {
            attributes[at] = new(key, value);
        }
        else
        {
            attributes.Add(new(key, value));
        }
    }

    // Sanitizer::mergeAttributes(['class' => …], $attribs): the class comes first and takes the tag's classes.
    private static List<KeyValuePair<string, string?>> MergeClass(string cssClass, List<KeyValuePair<string, string?>> attributes)
    {
        var merged = new List<KeyValuePair<string, string?>> { new("class", cssClass) };
        foreach (var (key, value) in attributes)
        {
            if (key == "class")
            {
                var classes = (cssClass + " " + value).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);
                merged[0] = new("class", string.Join(' ', classes));
            }
            else
            {
                merged.Add(new(key, value));
            }
        }

        return merged;
    }

    private static void AppendItem(StringBuilder html, TagInvocation invocation, GalleryMode mode, string line, int widths, int heights, LinkHtml? fileNameLinks)
    {
        // "File name|caption"; lines without a name are skipped.
        var match = LineRegex().Match(line);
        if (!match.Success)
        {
            return;
        }

        var session = invocation.Session;
        var name = match.Groups[1].Value;
        if (match.Value.Contains('%', StringComparison.Ordinal))
        {
            name = UrlEncoding.RawUrlDecode(name);
        }

        var title = session.Context.Titles.Parse(name, StandardNamespaces.File);
        if (title is null || title.Text.Length == 0)
        {
            return;
        }

        var label = string.Empty;
        if (match.Groups[3].Success)
        {
            // The options are parsed before they are split on "|" (a FIXME in MediaWiki too).
            var options = session.GetRecursiveParser().RecursiveTagParse(TagAttributes.TrimPhp(match.Groups[3].Value), null);
            foreach (var part in SplitOptions(options))
            {
                // alt= only matters for a file that exists; link= still registers its target (parseLinkParameter).
                // Any other part is the caption, the last one wins.
                if (part.StartsWith("link=", StringComparison.Ordinal))
                {
                    RegisterLink(session, PlainText(session, part[5..]));
                }
                else if (!part.StartsWith("alt=", StringComparison.Ordinal))
                {
                    label = part;
                }
            }
        }

        if (title.Namespace == StandardNamespaces.File && !title.IsExternal)
        {
            session.Output.Images.Add(title.DbKey);
        }

        session.AddTrackingCategory("broken-file-category");

        var boxWidth = mode.BoxWidth(widths) + "px";
        var text = fileNameLinks is null ? string.Empty : fileNameLinks.Known(title, HtmlText.Escape(title.Text), "galleryfilename galleryfilename-truncate") + "\n";
        text += label;
        html.Append("\n\t\t<li class=\"gallerybox\" style=\"width: ").Append(boxWidth).Append("\"><div style=\"width: ").Append(boxWidth).Append("\">")
            .Append("\n\t\t\t<div class=\"thumb\" style=\"height: ").Append(mode.ThumbHeight(heights).ToString(CultureInfo.InvariantCulture)).Append("px;\">")
            .Append(Sanitizer.HtmlSpecialChars(title.Text)).Append("</div>");
        if (!mode.Overlay)
        {
            html.Append("\n\t\t\t<div class=\"gallerytext\">\n").Append(text).Append("\n\t\t\t</div>");
        }
        else if (TagAttributes.TrimPhp(text).Length > 0)
        {
            html.Append("\n\t\t\t<div class=\"gallerytextwrapper\" style=\"width: ").Append(mode.OverlayCaptionWidth(widths)).Append("px\"><div class=\"gallerytext\">\n")
                .Append(text).Append("\n\t\t\t</div></div>");
        }

        html.Append("\n\t\t</div></li>");
    }

    // Parser::parseLinkParameter: a URL is an external link, anything else a page link; "" means no link.
    private static void RegisterLink(Parsing.ParseSession session, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (UrlProtocols.Default.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            if (UrlProtocols.IsAllowedUrl(value) && value.Length > value.IndexOf(':', StringComparison.Ordinal) + 1)
            {
                session.Output.ExternalLinks.Add(value);
            }

            return;
        }

        var title = session.Context.Titles.Parse(value);
        if (title is not null && !title.IsExternal && title.Namespace >= StandardNamespaces.Main && title.Text.Length > 0)
        {
            session.Output.Links.Add(title.WithoutFragment);
        }
    }

    // Parser::stripAltText, roughly: markers restored, tags removed, character references decoded.
    private static string PlainText(Parsing.ParseSession session, string html)
        => Sanitizer.DecodeCharReferences(TagRegex().Replace(session.StripState.UnstripBoth(html), string.Empty));

    // The "-{ … }-" spans of LanguageConverter are kept whole when splitting on "|" (StringUtils::delimiterExplode, nested).
    private static List<string> SplitOptions(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && i + 1 < text.Length && text[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (text[i] == '}' && i + 1 < text.Length && text[i + 1] == '-' && depth > 0)
            {
                depth--;
                i++;
            }
            else if (text[i] == '|' && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"^([^|]+)(\|(.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex LineRegex();

    [GeneratedRegex(@"^[0-9]*[ \t\n\v\f\r]*(?:px)?[ \t\n\v\f\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeRegex();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Parsing.Links;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Extensions.Gallery;

/// <summary>
/// <c>&lt;gallery&gt;</c> (Parser::renderImageGallery with TraditionalImageGallery and its modes): one box per
/// line "File:Name.jpg|caption", with <c>mode</c>, <c>widths</c>, <c>heights</c>, <c>perrow</c>, <c>caption</c>
/// and <c>showfilename</c>. Athenaeum has no files, so each box shows the file name where the thumbnail
/// would be, as MediaWiki does for a missing file; captions are parsed like the page.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed partial class GalleryTag : ITagExtension
{
    public IReadOnlyList<string> TagNames { get; } = ["gallery"];

    public TagResult Render(TagInvocation invocation)
    {
        var parse = invocation.Session;
        var session = RenderSessionHolder.Of(parse);
        var attributes = invocation.Attributes;
        var mode = attributes.TryGetValue("mode", out var m) ? m.ToLowerInvariant() : "traditional";
        var layout = GalleryLayout.For(mode);
        if (layout is null)
        {
            mode = "traditional";
            layout = GalleryLayout.For(mode)!;
        }

        var widths = ParseSize(attributes.GetValueOrDefault("widths")) ?? 120;
        var heights = ParseSize(attributes.GetValueOrDefault("heights")) ?? 120;
        var perRow = attributes.TryGetValue("perrow", out var pr) && int.TryParse(pr, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 && layout.AllowsPerRow ? n : 0;
        var showFilename = attributes.ContainsKey("showfilename");
        var ulAttributes = Sanitizer.ValidateTagAttributes(attributes, "ul", session.PrimaryFragmentMode);
        if (mode == "slideshow")
        {
            // SlideshowImageGallery::setAdditionalOptions.
            ulAttributes["data-showthumbnails"] = attributes.ContainsKey("showthumbnails") ? "1" : string.Empty;
        }

        if (perRow > 0)
        {
            var maxWidth = perRow * (widths + layout.ThumbPadding + layout.BoxPadding + layout.BoxBorders);
            ulAttributes["style"] = "max-width: " + maxWidth.ToString(CultureInfo.InvariantCulture) + "px;" + ulAttributes.GetValueOrDefault("style", string.Empty);
        }

        var merged = Sanitizer.MergeAttributes([new("class", "gallery mw-gallery-" + mode)], ulAttributes);
        var html = new StringBuilder("<ul");
        foreach (var (name, value) in merged)
        {
            if (value.Length > 0 || name != "data-showthumbnails")
            {
                html.AppendAttribute(name, value);
            }
        }

        html.Append('>');
        if (attributes.TryGetValue("caption", out var caption))
        {
            html.Append("\n\t<li class='gallerycaption'>").Append(invocation.RecursiveTagParse(caption)).Append("</li>");
        }

        var legacy = session.Options.LegacyMediaDom;
        foreach (var line in (invocation.Content ?? string.Empty).Split('\n'))
        {
            var item = LineRegex().Match(line);
            if (!item.Success)
            {
                continue;
            }

            var target = item.Value.Contains('%', StringComparison.Ordinal) ? UrlEncoding.RawUrlDecode(item.Groups[1].Value) : item.Groups[1].Value;
            var title = session.Titles.Parse(target, StandardNamespaces.File);
            if (title is null)
            {
                continue;
            }

            var label = item.Groups[2].Success ? Label(invocation, session, item.Groups[3].Value) : string.Empty;
            html.Append(Box(session, layout, title, label, widths, heights, showFilename, legacy));
        }

        return html.Append("\n</ul>").ToString();
    }

    // The caption of one line: parsed, then split at "|" (language-converter markup protected); the
    // last part that is not alt= or link= wins.
    private static string Label(TagInvocation invocation, RenderSession session, string options)
    {
        var parsed = invocation.RecursiveTagParse(BlockLevelTrim(options));
        var label = string.Empty;
        foreach (var part in ImageLinkBuilder.SplitOptions(parsed))
        {
            if (part.StartsWith("alt=", StringComparison.Ordinal))
            {
                continue;
            }

            if (part.StartsWith("link=", StringComparison.Ordinal))
            {
                new ImageLinkBuilder(session).RegisterLinkParameter(part[5..]);
                continue;
            }

            label = part;
        }

        return label;
    }

    private static string Box(RenderSession session, GalleryLayout layout, PageTitle title, string text, int widths, int heights, bool showFilename, bool legacy)
    {
        // Every file is missing: its name stands where the thumbnail would be.
        if (title.Namespace == StandardNamespaces.File && !title.IsExternal)
        {
            session.Output.Images.Add(title.DbKey);
        }

        session.AddTrackingCategory("broken-file-category");
        string thumb;
        if (legacy)
        {
            thumb = HtmlText.Escape(title.Text);
        }
        else
        {
            var broken = "<span class=\"mw-broken-media\" data-width=\"" + widths.ToString(CultureInfo.InvariantCulture) + "\" data-height=\"" + heights.ToString(CultureInfo.InvariantCulture) + "\">" + HtmlText.EscapeContent(title.PrefixedText) + "</span>";
            thumb = "<span typeof=\"mw:Error mw:File\">" + new ImageLinkBuilder(session).BrokenImageLink(title, broken) + "</span>";
        }

        thumb = "\n\t\t\t<div class=\"thumb\" style=\"height: " + (layout.ThumbPadding + heights).ToString(CultureInfo.InvariantCulture) + "px;\">" + thumb + "</div>";
        var fileLink = showFilename
            ? new LinkHtml(session.Site, session.Options).Known(title, HtmlText.EscapeContent(title.Text), "galleryfilename galleryfilename-truncate") + "\n"
            : string.Empty;
        var galleryText = layout.WrapText(fileLink + text, widths);
        var boxWidth = layout.BoxWidth(widths).ToString(CultureInfo.InvariantCulture) + "px";
        return "\n\t\t<li class=\"gallerybox\" style=\"width: " + boxWidth + "\">"
            + (legacy ? "<div style=\"width: " + boxWidth + "\">" : string.Empty)
            + thumb + galleryText + "\n\t\t"
            + (legacy ? "</div>" : string.Empty) + "</li>";
    }

    private static string BlockLevelTrim(string s) => s.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');

    // ImageGalleryBase::setWidths/setHeights: Parser::parseWidthParam without height; positive only.
    private static int? ParseSize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var m = SizeRegex().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var digits = LeadingDigitsRegex().Match(value).Value;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : null;
    }

    [GeneratedRegex(@"^([^|]+)(\|(.*))?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex LineRegex();

    [GeneratedRegex(@"^[0-9]*[ \t\n\r\f\v]*(?:px)?[ \t\n\r\f\v]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeRegex();

    [GeneratedRegex("^[0-9]*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDigitsRegex();
}

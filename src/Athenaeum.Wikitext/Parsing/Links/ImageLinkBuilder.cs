using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Parsing.Inline;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Parsing.Links;

/// <summary>
/// <c>[[File:X|options|caption]]</c> for a file that does not exist — the only kind Athenaeum has, as
/// dumps carry no media (MediaWiki's makeImage and Linker::makeImageLink with the legacy media DOM of
/// 1.39). The image becomes a link to the file page (or to the upload form when uploads are on);
/// <c>thumb</c>/<c>frame</c> keep their <c>div.thumb</c> frame and caption; alignment keeps its float div.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class ImageLinkBuilder
{
    private readonly RenderSession _session;

    public ImageLinkBuilder(RenderSession session) => _session = session;

    /// <summary>Makes the HTML of a file link.</summary>
    /// <param name="title">The file's title.</param>
    /// <param name="options">The text after the first "|", links already replaced.</param>
    /// <returns>The HTML.</returns>
    public string Make(PageTitle title, string options)
    {
        _session.Output.Images.Add(title.DbKey);
        _session.AddTrackingCategory("broken-file-category");

        var caption = string.Empty;
        var frame = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? horizontal = null;
        string? vertical = null;
        int? width = null;
        int? height = null;
        var seenFormat = false;
        foreach (var rawPart in SplitOptions(options))
        {
            var part = PhpTrim(rawPart);
            var validated = false;
            if (ImageOptions.TryMatch(part, out var group, out var name, out var value))
            {
                switch (group)
                {
                    case "handler":
                        // "200px", "200x100px", "x100px"; only a positive width counts for a missing file.
                        var size = SizeRegex().Match(value ?? string.Empty);
                        if (size.Success && value!.Length > 0)
                        {
                            var w = ParseInt(size.Groups[1].Value);
                            var h = size.Groups[2].Success ? ParseInt(size.Groups[2].Value) : 0;
                            if (w > 0)
                            {
                                width = w;
                                validated = true;
                            }

                            if (h > 0)
                            {
                                height = h;
                                validated = true;
                            }
                        }

                        break;

                    case "frame":
                        switch (name)
                        {
                            case "alt" or "class":
                                validated = true;
                                frame[name] = StripAltText(value ?? string.Empty);
                                break;
                            case "link":
                                validated = ParseLinkParameter(StripAltText(value ?? string.Empty));
                                if (validated)
                                {
                                    frame[name] = value;
                                }

                                break;
                            case "manualthumb" or "frameless" or "framed" or "thumbnail":
                                validated = !seenFormat;
                                seenFormat = true;
                                if (validated)
                                {
                                    frame[name] = name == "manualthumb" ? StripAltText(value ?? string.Empty) : value;
                                }

                                break;
                            default:
                                validated = value is null || IsNumeric(PhpTrim(value));
                                if (validated)
                                {
                                    frame[name] = value;
                                }

                                break;
                        }

                        break;

                    case "horizAlign":
                        validated = true;
                        horizontal ??= name;
                        break;

                    default:
                        validated = true;
                        vertical ??= name;
                        break;
                }
            }

            if (!validated)
            {
                caption = part;
            }
        }

        var hasVisibleCaption = frame.ContainsKey("framed") || frame.ContainsKey("thumbnail") || frame.ContainsKey("manualthumb");
        var titleText = hasVisibleCaption || caption.Length == 0 ? string.Empty : StripAltText(caption);
        var align = horizontal ?? string.Empty;
        if (!_session.Options.LegacyMediaDom)
        {
            return MakeModern(title, frame, align, vertical, width, height, caption, hasVisibleCaption);
        }

        var prefix = string.Empty;
        var postfix = string.Empty;
        if (align == "center")
        {
            prefix = "<div class=\"center\">";
            postfix = "</div>";
            align = "none";
        }

        string html;
        if (hasVisibleCaption)
        {
            if (align.Length == 0)
            {
                align = Language.Get(_session.Site.LanguageCode).IsRtl ? "left" : "right";
            }

            var boxWidth = (width ?? (frame.ContainsKey("upright") ? 130 : 180)) + 2;
            html = "<div class=\"thumb t" + align + "\"><div class=\"thumbinner\" style=\"width:" + boxWidth.ToString(CultureInfo.InvariantCulture) + "px;\">"
                + BrokenImageLink(title, HtmlText.EscapeAttributeCompat(title.PrefixedText))
                + "  <div class=\"thumbcaption\">" + caption + "</div></div></div>";
        }
        else
        {
            html = BrokenImageLink(title, HtmlText.EscapeAttributeCompat(titleText.Length > 0 ? titleText : title.PrefixedText));
            if (align.Length > 0)
            {
                html = "<div class=\"float" + align + "\">" + html + "</div>";
            }
        }

        return (prefix + html + postfix).Replace('\n', ' ');
    }

    // The markup of MediaWiki 1.39 without the legacy media DOM (Linker::makeImageLink and
    // makeThumbLink2 for a missing file): a span, or a figure when aligned or framed, typed mw:Error.
    private string MakeModern(PageTitle title, Dictionary<string, string?> frame, string align, string? vertical, int? width, int? height, string caption, bool hasVisibleCaption)
    {
        var classes = new List<string>();
        if (width is null && !frame.ContainsKey("manualthumb") && !frame.ContainsKey("framed"))
        {
            classes.Add("mw-default-size");
        }

        var sb = new StringBuilder("<span class=\"mw-broken-media\"");
        if (width is { } w)
        {
            sb.AppendAttribute("data-width", w.ToString(CultureInfo.InvariantCulture));
        }

        if (height is { } h)
        {
            sb.AppendAttribute("data-height", h.ToString(CultureInfo.InvariantCulture));
        }

        var broken = BrokenImageLink(title, sb.Append('>').Append(HtmlText.EscapeContent(title.PrefixedText)).Append("</span>").ToString());
        string wrapper;
        string type;
        var figcaption = string.Empty;
        if (hasVisibleCaption)
        {
            wrapper = "figure";
            type = !frame.ContainsKey("manualthumb") && frame.ContainsKey("framed") ? "mw:Error mw:File/Frame" : "mw:Error mw:File/Thumb";
            if (align.Length > 0)
            {
                classes.Add("mw-halign-" + align);
            }

            figcaption = "<figcaption>" + caption + "</figcaption>";
        }
        else
        {
            wrapper = "span";
            type = frame.ContainsKey("frameless") ? "mw:Error mw:File/Frameless" : "mw:Error mw:File";
            if (align.Length > 0)
            {
                wrapper = "figure";
                classes.Add("mw-halign-" + align);
                figcaption = "<figcaption>" + caption + "</figcaption>";
            }
            else if (vertical is not null)
            {
                classes.Add("mw-valign-" + vertical);
            }

            if (frame.ContainsKey("border"))
            {
                classes.Add("mw-image-border");
            }
        }

        if (frame.TryGetValue("class", out var extraClass) && extraClass is not null)
        {
            classes.Add(extraClass);
        }

        var element = new StringBuilder("<").Append(wrapper);
        var classText = string.Join(' ', classes.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal));
        if (classText.Length > 0)
        {
            element.AppendAttribute("class", classText);
        }

        element.AppendAttribute("typeof", type).Append('>').Append(broken).Append(figcaption).Append("</").Append(wrapper).Append('>');
        return element.ToString().Replace('\n', ' ');
    }

    // Linker::makeBrokenImageLinkObj: the upload form when uploads are on, else the file page.
    internal string BrokenImageLink(PageTitle title, string html)
    {
        var links = new LinkHtml(_session.Site, _session.Options);
        if (_session.Options.EnableUploads)
        {
            var upload = new PageTitle(StandardNamespaces.Special, "Upload", _session.Site.GetNamespaceName(StandardNamespaces.Special));
            var sb = new StringBuilder("<a");
            sb.AppendAttribute("href", links.Url(upload, "wpDestFile=" + UrlEncoding.WfUrlencode(title.DbKey)))
                .AppendAttribute("class", "new").AppendAttribute("title", title.PrefixedText);
            return sb.Append('>').Append(html).Append("</a>").ToString();
        }

        return links.Known(title.WithoutFragment, html);
    }

    /// <summary>Registers the target of a gallery line's <c>link=</c> option (as <c>makeImage</c> does for its own).</summary>
    /// <param name="value">The option value, half-parsed.</param>
    internal void RegisterLinkParameter(string value) => ParseLinkParameter(StripAltText(value));

    // Parser::parseLinkParameter: "" (no link), a URL, or a title; registers the target.
    private bool ParseLinkParameter(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (UrlProtocolPatterns.StartsWithProtocol(value))
        {
            if (!LinkUrlRegex().IsMatch(value))
            {
                return false;
            }

            _session.Output.ExternalLinks.Add(value);
            return true;
        }

        var target = LinkTitles.Parse(_session, UrlEncoding.RawUrlDecode(value));
        if (target is null)
        {
            return false;
        }

        if (target.Namespace >= 0 && target.Text.Length > 0 && !target.IsExternal)
        {
            _session.Output.Links.Add(target.WithoutFragment);
        }

        return true;
    }

    // Parser::stripAltText: link texts, unstripped, tags removed, as plain text.
    private string StripAltText(string text)
    {
        var tooltip = _session.LinkHolders.ReplaceText(text);
        tooltip = _session.Strip.UnstripBoth(tooltip);
        return Sanitizer.StripAllTags(tooltip);
    }

    // StringUtils::delimiterExplode on "|" with nested "-{ … }-" protected.
    internal static List<string> SplitOptions(string options)
    {
        var parts = new List<string>();
        var depth = 0;
        var last = 0;
        var i = 0;
        while (i < options.Length)
        {
            if (string.CompareOrdinal(options, i, "-{", 0, 2) == 0)
            {
                depth++;
                i += 2;
            }
            else if (string.CompareOrdinal(options, i, "}-", 0, 2) == 0)
            {
                depth--;
                i += 2;
            }
            else if (options[i] == '|')
            {
                if (depth == 0)
                {
                    parts.Add(options[last..i]);
                    last = i + 1;
                }

                i++;
            }
            else
            {
                i++;
            }
        }

        parts.Add(options[last..]);
        return parts;
    }

    // PHP's is_numeric on trimmed text.
    private static bool IsNumeric(string s) => NumericRegex().IsMatch(s);

    private static int ParseInt(string digits) => digits.Length == 0 ? 0 : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    private static string PhpTrim(string s) => s.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');

    [GeneratedRegex(@"^([0-9]*)(?:x([0-9]*))?[ \t\n\r\f\v]*(?:px)?[ \t\n\r\f\v]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeRegex();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();

    private static Regex LinkUrlRegex() => LinkUrlRegexHolder.Instance;

    private static class LinkUrlRegexHolder
    {
        public static readonly Regex Instance = new("^(?i:" + UrlProtocolPatterns.Pattern + ")" + ExternalLinkSyntax.Address + ExternalLinkSyntax.UrlChar + "*$", RegexOptions.CultureInvariant);
    }
}

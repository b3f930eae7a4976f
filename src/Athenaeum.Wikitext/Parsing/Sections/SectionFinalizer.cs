using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Parsing.Links;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Parsing.Sections;

/// <summary>
/// Numbers the headings, gives them anchors and edit-link markers, builds the table of contents and
/// <see cref="ParserOutput.Sections"/> (MediaWiki's finalizeHeadings). Runs last in the inline passes, on
/// every <c>&lt;hN&gt;</c> element of the text — from <c>== x ==</c> lines and from literal HTML alike.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class SectionFinalizer
{
    private readonly RenderSession _session;

    public SectionFinalizer(RenderSession session) => _session = session;

    /// <summary>Finalizes the headings of the text.</summary>
    /// <param name="text">The text after the link passes.</param>
    /// <param name="isMain">Whether this is the page itself: only then are the sections recorded and the TOC placed.</param>
    /// <returns>The text with finished headings and, where due, the TOC placeholder.</returns>
    public string Run(string text, bool isMain = true)
    {
        var session = _session;
        var showEditLink = !session.DoubleUnderscores.ContainsKey("noeditsection");
        var matches = HeadlineRegex().Matches(text);
        var enoughToc = session.ShowToc && (matches.Count >= 4 || session.ForceTocPosition);
        if (session.DoubleUnderscores.ContainsKey("forcetoc"))
        {
            session.ShowToc = true;
            enoughToc = true;
        }

        var maxTocLevel = session.Options.MaxTocLevel;
        var primaryMode = session.PrimaryFragmentMode;
        var fallbackMode = session.FallbackFragmentMode;
        var baseTitle = session.Title.PrefixedDbKey;

        var toc = new StringBuilder();
        var heads = new List<string>(matches.Count);
        var sublevelCount = new Dictionary<int, int>();
        var levelCount = new Dictionary<int, int>();
        var refers = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<SectionInfo>();
        int level = 0, prevLevel = 0, tocLevel = 0, prevTocLevel = 0, numVisible = 0;

        foreach (Match match in matches)
        {
            var headline = match.Groups[3].Value;
            var isTemplate = false;
            int? sectionIndex = null;
            var fromTitle = baseTitle;
            if (ParseSession.TryParseHeadingMarker(headline, 0, out var serial, out var markerLength))
            {
                if (serial < session.Parse.Headings.Count)
                {
                    var heading = session.Parse.Headings[serial];
                    fromTitle = heading.Title.PrefixedDbKey;
                    sectionIndex = heading.Index;
                    isTemplate = !string.Equals(fromTitle, baseTitle, StringComparison.Ordinal);
                }

                // The marker and the whitespace after it go (Parser::finalizeHeadings).
                var end = markerLength;
                while (end < headline.Length && headline[end] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
                {
                    end++;
                }

                headline = headline[end..];
            }

            if (tocLevel > 0)
            {
                prevLevel = level;
            }

            level = match.Groups[1].ValueSpan[0] - '0';
            if (level > prevLevel)
            {
                tocLevel++;
                sublevelCount[tocLevel] = 0;
                if (tocLevel < maxTocLevel)
                {
                    prevTocLevel = tocLevel;
                    toc.Append("\n<ul>\n");
                    numVisible++;
                }
            }
            else if (level < prevLevel && tocLevel > 1)
            {
                // Back to the last level at least as shallow as this heading.
                var i = tocLevel;
                for (; i > 0; i--)
                {
                    var at = levelCount.GetValueOrDefault(i);
                    if (at == level)
                    {
                        tocLevel = i;
                        break;
                    }

                    if (at < level)
                    {
                        tocLevel = i + 1;
                        break;
                    }
                }

                if (i == 0)
                {
                    tocLevel = 1;
                }

                if (tocLevel < maxTocLevel)
                {
                    if (prevTocLevel < maxTocLevel)
                    {
                        toc.Append(TocUnindent(prevTocLevel - tocLevel));
                        prevTocLevel = tocLevel;
                    }
                    else
                    {
                        toc.Append("</li>\n");
                    }
                }
            }
            else if (tocLevel < maxTocLevel)
            {
                toc.Append("</li>\n");
            }

            levelCount[tocLevel] = level;
            sublevelCount[tocLevel] = sublevelCount.GetValueOrDefault(tocLevel) + 1;
            var numbering = new StringBuilder();
            for (var i = 1; i <= tocLevel; i++)
            {
                if (sublevelCount.GetValueOrDefault(i) != 0)
                {
                    if (numbering.Length > 0)
                    {
                        numbering.Append('.');
                    }

                    numbering.Append(Language.Get(session.Site.LanguageCode).FormatNum(sublevelCount[i].ToString(CultureInfo.InvariantCulture)));
                }
            }

            // The TOC line keeps a few formatting tags; the anchor is plain text.
            var safeHeadline = session.LinkHolders.ReplaceText(headline);
            safeHeadline = session.Strip.UnstripBoth(safeHeadline);
            safeHeadline = StyleScriptRegex().Replace(safeHeadline, string.Empty);
            var tocLine = TocDisallowedTagRegex().Replace(safeHeadline, string.Empty);
            tocLine = TocAllowedTagRegex().Replace(tocLine, "<$1>");
            tocLine = tocLine.Replace("<span></span>", string.Empty, StringComparison.Ordinal);
            tocLine = PhpTrim(tocLine);

            safeHeadline = AnyTagRegex().Replace(safeHeadline, string.Empty);
            safeHeadline = Sanitizer.NormalizeSectionNameWhitespace(safeHeadline);
            var headlineHint = safeHeadline;
            safeHeadline = Sanitizer.DecodeCharReferences(safeHeadline);
            safeHeadline = LinkTitles.NormalizeFragment(safeHeadline);

            var fallback = fallbackMode is { } fm ? Sanitizer.EscapeIdForAttribute(safeHeadline, fm) : null;
            var linkAnchor = Sanitizer.EscapeIdForLink(safeHeadline, primaryMode);
            var primary = Sanitizer.EscapeIdForAttribute(safeHeadline, primaryMode);
            if (string.Equals(fallback, primary, StringComparison.Ordinal))
            {
                fallback = null;
            }

            // Ids must be unique ignoring ASCII case (T12721): "_2", "_3" … for repeats.
            var anchor = primary;
            var key = AsciiLower(primary);
            if (!refers.Add(key))
            {
                var n = 2;
                while (refers.Contains(key + "_" + n.ToString(CultureInfo.InvariantCulture)))
                {
                    n++;
                }

                var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
                anchor += suffix;
                linkAnchor += suffix;
                refers.Add(key + suffix);
            }

            var fallbackAnchor = fallback;
            if (fallback is not null)
            {
                var fallbackKey = AsciiLower(fallback);
                if (!refers.Add(fallbackKey))
                {
                    var n = 2;
                    while (refers.Contains(fallbackKey + "_" + n.ToString(CultureInfo.InvariantCulture)))
                    {
                        n++;
                    }

                    var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
                    fallbackAnchor += suffix;
                    refers.Add(fallbackKey + suffix);
                }
            }

            var indexText = sectionIndex is { } si ? (isTemplate ? "T-" : string.Empty) + si.ToString(CultureInfo.InvariantCulture) : string.Empty;
            if (enoughToc && tocLevel < maxTocLevel)
            {
                toc.Append(TocLine(linkAnchor, tocLine, numbering.ToString(), tocLevel, isTemplate ? null : sectionIndex));
            }

            sections.Add(new SectionInfo(tocLevel, level, numbering.ToString(), tocLine, anchor, indexText));

            var editLink = string.Empty;
            if (showEditLink && sectionIndex is not null)
            {
                var page = isTemplate ? fromTitle.Replace('_', ' ') : session.Title.PrefixedText;
                editLink = "<mw:editsection page=\"" + HtmlText.EscapeAttributeCompat(page) + "\" section=\"" + HtmlText.EscapeAttributeCompat(indexText) + "\">" + headlineHint + "</mw:editsection>";
            }

            heads.Add(MakeHeadline(level, match.Groups[2].Value, anchor, headline, editLink, fallbackAnchor));
        }

        if (numVisible < 1)
        {
            enoughToc = false;
        }

        if (enoughToc)
        {
            if (prevTocLevel > 0 && prevTocLevel < maxTocLevel)
            {
                toc.Append(TocUnindent(prevTocLevel - 1));
            }

            session.TocHtml = TocList(toc.ToString());
        }

        if (isMain)
        {
            foreach (var section in sections)
            {
                session.Output.Sections.Add(section);
            }
        }

        // Put the finished headings back between the blocks of text around them.
        var blocks = HeadlineSplitRegex().Split(text);
        var full = new StringBuilder(text.Length + (heads.Count * 64));
        for (var i = 0; i < blocks.Length; i++)
        {
            if (i > 0 && i - 1 < heads.Count)
            {
                full.Append(heads[i - 1]);
            }

            full.Append(blocks[i]);
            if (i == 0 && enoughToc && isMain && !session.ForceTocPosition)
            {
                full.Append(DoubleUnderscorePass.TocPlaceholder).Append('\n');
            }
        }

        return full.ToString();
    }

    private static string MakeHeadline(int level, string attributes, string anchor, string html, string editLink, string? fallbackAnchor)
    {
        var n = level.ToString(CultureInfo.InvariantCulture);
        var fallback = fallbackAnchor is not null && !string.Equals(fallbackAnchor, anchor, StringComparison.Ordinal)
            ? "<span id=\"" + HtmlText.EscapeAttributeCompat(fallbackAnchor) + "\"></span>"
            : string.Empty;
        return "<h" + n + attributes + fallback + "<span class=\"mw-headline\" id=\"" + HtmlText.EscapeAttributeCompat(anchor) + "\">" + html + "</span>" + editLink + "</h" + n + ">";
    }

    private static string TocUnindent(int levels)
    {
        var sb = new StringBuilder("</li>\n");
        for (var i = 0; i < levels; i++)
        {
            sb.Append("</ul>\n</li>\n");
        }

        return sb.ToString();
    }

    private static string TocLine(string anchor, string tocLine, string number, int level, int? sectionIndex)
    {
        var classes = "toclevel-" + level.ToString(CultureInfo.InvariantCulture);
        if (sectionIndex is { } index)
        {
            classes += " tocsection-" + index.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder("<li");
        sb.AppendAttribute("class", classes).Append("><a");
        sb.AppendAttribute("href", "#" + anchor).Append("><span class=\"tocnumber\">");
        sb.Append(HtmlText.EscapeContent(number)).Append("</span> <span class=\"toctext\">").Append(tocLine).Append("</span></a>");
        return sb.ToString();
    }

    private string TocList(string toc)
    {
        var language = _session.Site.LanguageCode;
        var title = HtmlText.Escape(InterfaceMessages.Get(language, "toc"));
        var sb = new StringBuilder("<div id=\"toc\" class=\"toc\" role=\"navigation\" aria-labelledby=\"mw-toc-heading\">");
        sb.Append("<input type=\"checkbox\" role=\"button\" id=\"toctogglecheckbox\" class=\"toctogglecheckbox\" style=\"display:none\" />");
        sb.Append("<div class=\"toctitle\"").AppendAttribute("lang", language).AppendAttribute("dir", Language.Get(language).Direction).Append('>');
        sb.Append("<h2 id=\"mw-toc-heading\">").Append(title).Append("</h2>");
        sb.Append("<span class=\"toctogglespan\"><label class=\"toctogglelabel\" for=\"toctogglecheckbox\"></label></span>");
        sb.Append("</div>").Append(toc).Append("</ul>\n</div>\n");
        return sb.ToString();
    }

    private static string AsciiLower(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + 32);
            }
        }

        return new string(chars);
    }

    private static string PhpTrim(string s) => s.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');

    [GeneratedRegex(@"<H([1-6])(.*?>)([\s\S]*?)</H[1-6] *>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineRegex();

    [GeneratedRegex(@"<H[1-6].*?>[\s\S]*?</H[1-6]>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineSplitRegex();

    [GeneratedRegex("<(style|script)(?: [^>]*[^>/])?>.*?</\\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex StyleScriptRegex();

    [GeneratedRegex("<(?!/?(span|sup|sub|bdi|i|b|s|strike|q)(?: [^>]*)?>).*?>", RegexOptions.CultureInvariant)]
    private static partial Regex TocDisallowedTagRegex();

    [GeneratedRegex("<(/?(?:span(?: dir=\"(?:rtl|ltr)\")?|sup|sub|bdi|i|b|s|strike))(?: .*?)?>", RegexOptions.CultureInvariant)]
    private static partial Regex TocAllowedTagRegex();

    [GeneratedRegex("<.*?>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTagRegex();


}

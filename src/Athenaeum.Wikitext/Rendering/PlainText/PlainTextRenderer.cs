using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Athenaeum.Wikitext.Rendering.PlainText;

/// <summary>
/// The visible text of rendered HTML, for search and summaries (STYLE.md §2.6): the text a reader
/// sees, without scripts and styles, the table of contents, section edit links, reference markers and
/// elements hidden with <c>display:none</c>; block elements end lines and runs of whitespace collapse.
/// <see cref="LeadParagraph"/> gives the first paragraph of the article body as plain text.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class PlainTextRenderer
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "title" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "dd", "dt", "dl", "ul", "ol", "table", "tr", "caption", "blockquote", "pre", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "br", "figure", "figcaption", "center", "section", "article", "aside",
    };

    /// <summary>Extracts the visible text of rendered HTML.</summary>
    /// <param name="html">The HTML (a fragment or the <c>mw-parser-output</c> div).</param>
    /// <returns>The text, one line per block, whitespace collapsed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = Parse(html);
        var sb = new StringBuilder(html.Length / 2);
        Append(body, sb);
        return Collapse(sb.ToString());
    }

    /// <summary>
    /// Extracts the lead: the first paragraph with text among the top-level content before the first
    /// heading (paragraphs inside infoboxes, tables and hatnotes are not candidates).
    /// </summary>
    /// <param name="html">The rendered page (the <c>mw-parser-output</c> div or its content).</param>
    /// <returns>The paragraph's text, or "" when the page has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static string LeadParagraph(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = Parse(html);
        var root = body.QuerySelector(".mw-parser-output") ?? body;
        foreach (var child in root.Children)
        {
            if (child.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                break;
            }

            if (child.LocalName != "p")
            {
                continue;
            }

            var sb = new StringBuilder();
            Append(child, sb);
            var text = Collapse(sb.ToString());
            if (text.Length > 0)
            {
                return text;
            }
        }

        return string.Empty;
    }

    private static IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return document.Body!;
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element:
                    if (IsHidden(element))
                    {
                        continue;
                    }

                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        sb.Append('\n');
                    }
                    else if (element.LocalName is "td" or "th")
                    {
                        sb.Append(' ');
                    }

                    Append(element, sb);
                    if (block)
                    {
                        sb.Append('\n');
                    }

                    break;
            }
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (Skipped.Contains(element.LocalName))
        {
            return true;
        }

        var classes = element.ClassList;
        if (element.Id == "toc" || classes.Contains("toc") || classes.Contains("mw-editsection") || classes.Contains("reference")
            || classes.Contains("mw-cite-backlink") || classes.Contains("noprint"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    // Collapses whitespace: spaces within a line, at most one newline between lines, trimmed.
    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingNewline = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                pendingNewline = sb.Length > 0;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
            }
            else
            {
                if (pendingNewline)
                {
                    sb.Append('\n');
                }
                else if (pendingSpace)
                {
                    sb.Append(' ');
                }

                pendingNewline = pendingSpace = false;
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

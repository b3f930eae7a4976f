using System.Text;

namespace Athenaeum.Web.Text;

/// <summary>
/// Turns the operator's legal texts into HTML: <c>#</c>–<c>###</c> headings, paragraphs separated by
/// blank lines, <c>-</c> or <c>*</c> list items, <c>**bold**</c>, and <c>[text](address)</c> links
/// (http, https, mailto or site-relative only). Everything else is escaped text: no raw HTML passes.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SimpleMarkdown
{
    /// <summary>Converts a text.</summary>
    /// <param name="markdown">The text.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sb = new StringBuilder(markdown.Length * 2);
        var paragraph = new StringBuilder();
        var inList = false;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            var heading = line.TakeWhile(c => c == '#').Count();
            var isItem = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);
            if (line.Length == 0 || (heading is >= 1 and <= 3 && line.Length > heading && line[heading] == ' ') || isItem)
            {
                Flush(sb, paragraph);
            }

            if (!isItem && inList && (line.Length == 0 || heading > 0))
            {
                sb.Append("</ul>\n");
                inList = false;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (heading is >= 1 and <= 3 && line.Length > heading && line[heading] == ' ')
            {
                var level = (char)('0' + heading);
                sb.Append("<h").Append(level).Append('>');
                Inline(sb, line[(heading + 1)..].Trim());
                sb.Append("</h").Append(level).Append(">\n");
            }
            else if (isItem)
            {
                if (!inList)
                {
                    sb.Append("<ul>\n");
                    inList = true;
                }

                sb.Append("<li>");
                Inline(sb, line[2..].Trim());
                sb.Append("</li>\n");
            }
            else
            {
                paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(line);
            }
        }

        Flush(sb, paragraph);
        if (inList)
        {
            sb.Append("</ul>\n");
        }

        return sb.ToString();
    }

    private static void Flush(StringBuilder sb, StringBuilder paragraph)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        sb.Append("<p>");
        Inline(sb, paragraph.ToString());
        sb.Append("</p>\n");
        paragraph.Clear();
    }

    private static void Inline(StringBuilder sb, string text)
    {
        var i = 0;
        var bold = false;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "**", 0, 2) == 0)
            {
                sb.Append(bold ? "</strong>" : "<strong>");
                bold = !bold;
                i += 2;
                continue;
            }

            if (text[i] == '[' && TryLink(text, i, out var label, out var href, out var next))
            {
                sb.AppendLink(href, label);
                i = next;
                continue;
            }

            sb.AppendEscaped(text.AsSpan(i, 1));
            i++;
        }

        if (bold)
        {
            sb.Append("</strong>");
        }
    }

    private static bool TryLink(string text, int start, out string label, out string href, out int next)
    {
        label = href = string.Empty;
        next = start;
        var close = text.IndexOf("](", start, StringComparison.Ordinal);
        var end = close < 0 ? -1 : text.IndexOf(')', close + 2);
        if (close < 0 || end < 0)
        {
            return false;
        }

        label = text[(start + 1)..close];
        href = text[(close + 2)..end].Trim();
        next = end + 1;
        return href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal));
    }
}

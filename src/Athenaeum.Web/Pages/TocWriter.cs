using System.Text;
using Athenaeum.Web.Text;
using Athenaeum.Wikitext;

namespace Athenaeum.Web.Pages;

/// <summary>
/// Writes the numbered table of contents from the render's sections: a <c>details</c> element (so it
/// folds without script) holding nested lists, MediaWiki's <c>toclevel-N</c>, <c>tocnumber</c> and
/// <c>toctext</c> classes, and links to the headings' anchors.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TocWriter
{
    /// <summary>Writes the table of contents.</summary>
    /// <param name="sb">The page.</param>
    /// <param name="sections">The sections, in order.</param>
    public static void Write(StringBuilder sb, IReadOnlyList<SectionInfo> sections)
    {
        sb.Append("<nav id=\"toc\" class=\"toc\" aria-labelledby=\"toc-heading\">\n<details open>\n<summary id=\"toc-heading\">Contents</summary>\n");
        var depth = 0;
        foreach (var section in sections)
        {
            var level = Math.Max(1, section.Level);
            if (level > depth)
            {
                while (depth < level)
                {
                    sb.Append(depth == 0 ? "<ul class=\"toc-list\">" : "<ul>");
                    depth++;
                }
            }
            else
            {
                sb.Append("</li>");
                while (depth > level)
                {
                    sb.Append("</ul></li>");
                    depth--;
                }
            }

            sb.Append("\n<li class=\"toclevel-").Append(level).Append("\"><a href=\"#").AppendEscaped(section.Anchor).Append("\">")
                .Append("<span class=\"tocnumber\">").AppendEscaped(section.Number).Append("</span> <span class=\"toctext\">")

                // The heading's HTML as the engine made it for the TOC (sanitized, links removed).
                .Append(section.Line).Append("</span></a>");
        }

        while (depth > 0)
        {
            sb.Append("</li></ul>");
            depth--;
        }

        sb.Append("\n</details>\n</nav>\n");
    }
}

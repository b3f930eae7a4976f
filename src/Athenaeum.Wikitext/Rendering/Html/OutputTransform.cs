using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Parsing.Sections;
using Athenaeum.Wikitext.Rendering.Tidy;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Rendering.Html;

/// <summary>
/// The last steps of MediaWiki's ParserOutput::getText: the <c>mw-parser-output</c> wrapper, section edit
/// links in place of their <c>&lt;mw:editsection&gt;</c> markers (or nothing), and the table of contents in
/// place of its placeholder (or nothing).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class OutputTransform
{
    /// <summary>Finishes the body HTML of a render.</summary>
    /// <param name="session">The render.</param>
    /// <param name="html">The tidied body HTML.</param>
    /// <returns>The HTML as readers get it.</returns>
    public static string Apply(RenderSession session, string html)
    {
        var options = session.Options;
        if (options.WrapOutput)
        {
            html = "<div class=\"mw-parser-output\">" + html + "</div>";
        }

        if (html.Contains("editsection", StringComparison.Ordinal))
        {
            html = options.EditSections
                ? EditSectionRegex().Replace(html, m => EditSectionLink(session, m))
                : EditSectionRegex().Replace(html, string.Empty);
        }

        var toc = options.EnableToc ? HtmlTidy.Tidy(session.TocHtml) : string.Empty;
        html = html.Replace(DoubleUnderscorePass.TocPlaceholder, toc, StringComparison.Ordinal)
            .Replace("<meta property=\"mw:PageProp/toc\" />", toc, StringComparison.Ordinal);

        // ParserOutput::getText's deduplicateStyles: a repeated inline style becomes a link to the first.
        return Extensions.TemplateStyles.StyleDeduplicator.Deduplicate(html);
    }

    // Skin::doEditSectionLink: "[edit]" linking to the section's edit form.
    private static string EditSectionLink(RenderSession session, Match m)
    {
        var page = session.Titles.Parse(HtmlDecodeBasic(m.Groups[1].Value));
        if (page is null)
        {
            return string.Empty;
        }

        var section = HtmlDecodeBasic(m.Groups[2].Value);
        var hint = Sanitizer.DecodeCharReferences(m.Groups[3].Value);
        var language = session.Site.LanguageCode;
        var links = new LinkHtml(session.Site, session.Options);
        var sb = new StringBuilder("<span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a");
        sb.AppendAttribute("href", links.Url(page, "action=edit&section=" + UrlEncoding.UrlEncode(section)));
        sb.AppendAttribute("title", InterfaceMessages.Get(language, "editsectionhint", hint));
        sb.Append('>').Append(HtmlText.Escape(InterfaceMessages.Get(language, "editsection"))).Append("</a>");
        sb.Append("<span class=\"mw-editsection-bracket\">]</span></span>");
        return sb.ToString();
    }

    private static string HtmlDecodeBasic(string s)
        => s.Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex("<(?:mw:)?editsection page=\"(.*?)\" section=\"(.*?)\">(.*?)</(?:mw:)?editsection>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex EditSectionRegex();
}

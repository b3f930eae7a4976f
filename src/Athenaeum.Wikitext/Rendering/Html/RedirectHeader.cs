using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Rendering.Html;

/// <summary>
/// Redirect pages as MediaWiki's wikitext content handler renders them (WikitextContent::
/// getRedirectTargetAndText, Article::getRedirectHeaderHtml): the <c>#REDIRECT [[Target]]</c> line gives
/// way to a <c>div.redirectMsg</c> linking to the target, and the rest of the text (categories, say) is
/// parsed as usual.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class RedirectHeader
{
    /// <summary>Splits a page's wikitext into its redirect target and the text after the redirect link.</summary>
    /// <param name="wikitext">The page text.</param>
    /// <param name="titles">The wiki's title parser.</param>
    /// <param name="target">The target.</param>
    /// <param name="rest">The text after the redirect link.</param>
    /// <returns><see langword="true"/> when the page is a redirect to a valid title.</returns>
    public static bool TrySplit(string wikitext, TitleParser titles, out PageTitle target, out string rest)
    {
        target = null!;
        rest = wikitext;
        var m = RedirectRegex().Match(wikitext);
        if (!m.Success)
        {
            return false;
        }

        var link = m.Groups[1].Value;
        if (link.Contains('%', StringComparison.Ordinal))
        {
            link = UrlEncoding.RawUrlDecode(link.TrimStart(':'));
        }

        var title = titles.Parse(link);
        if (title is null || title.Namespace == Site.StandardNamespaces.Media)
        {
            return false;
        }

        target = title;
        rest = wikitext[(m.Index + m.Length)..];
        return true;
    }

    /// <summary>The redirect header of a page.</summary>
    /// <param name="session">The render.</param>
    /// <param name="target">The redirect target.</param>
    /// <returns>The <c>div.redirectMsg</c> HTML.</returns>
    public static string Html(RenderSession session, PageTitle target)
    {
        var links = new LinkHtml(session.Site, session.Options);
        var text = HtmlText.Escape(target.Interwiki.Length > 0 || target.Fragment.Length > 0 ? target + (target.Fragment.Length > 0 ? "#" + target.Fragment : string.Empty) : target.PrefixedText);
        string link;
        var pages = session.Context.Pages;
        if (target.IsExternal || pages.Exists(target.WithoutFragment))
        {
            var isRedirect = !target.IsExternal && pages.IsRedirect(target.WithoutFragment);
            link = isRedirect
                ? "<a" + new StringBuilder().AppendAttribute("href", links.Url(target, "redirect=no")).AppendAttribute("class", "mw-redirect").AppendAttribute("title", target.PrefixedText) + ">" + text + "</a>"
                : links.Known(target, text);
        }
        else
        {
            link = links.Broken(target, text);
        }

        return "<div class=\"redirectMsg\"><p>" + HtmlText.Escape(InterfaceMessages.Get(session.Site.LanguageCode, "redirectto"))
            + "</p><ul class=\"redirectText\"><li>" + link + "</li></ul></div>";
    }

    // The English magic word #REDIRECT (case-insensitive) at the start, then the first link; the
    // whitespace after the link goes too.
    [GeneratedRegex(@"^[ \t\n\r\f\v]*#REDIRECT[ \t\n\r\f\v]*:?[ \t\n\r\f\v]*\[\[(.*?)(?:\|.*?)?\]\][ \t\n\r\f\v]*", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex RedirectRegex();
}

using System.Text;
using Athenaeum.Web.Assets;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Pages;

/// <summary>
/// The layout every page shares: the head (styles and script from <c>/static</c>, nothing inline, so
/// the Content-Security-Policy forbids all inline script), the site bar with the search box (and, on
/// articles, "Flag as Inappropriate" and "Email this Article"), and the footer with the licence and
/// the links to the Terms of Use and Privacy Policy.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class PageShell
{
    private readonly LibraryContext _library;
    private readonly StaticAssets _assets;

    public PageShell(LibraryContext library, StaticAssets assets)
    {
        _library = library;
        _assets = assets;
    }

    /// <summary>Writes a whole page.</summary>
    /// <param name="head">The page's head data.</param>
    /// <param name="body">Writes the content of <c>main</c>.</param>
    /// <returns>The HTML.</returns>
    public string Render(PageHead head, Action<StringBuilder> body)
    {
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
            .AppendEscaped(head.Title).Append(" – ").AppendEscaped(_library.LibraryName).Append("</title>\n");
        if (!string.IsNullOrEmpty(head.Description))
        {
            sb.Append("<meta name=\"description\" content=\"").AppendEscaped(Truncate(head.Description, 300)).Append("\">\n");
        }

        if (head.CanonicalPath is not null)
        {
            sb.Append("<link rel=\"canonical\" href=\"").AppendEscaped(head.CanonicalPath).Append("\">\n");
        }

        if (head.NoIndex)
        {
            sb.Append("<meta name=\"robots\" content=\"noindex\">\n");
        }

        sb.Append("<link rel=\"stylesheet\" href=\"").Append(_assets.Url("site.css")).Append("\">\n")
            .Append("<link rel=\"icon\" href=\"").Append(_assets.Url("favicon.svg")).Append("\" type=\"image/svg+xml\">\n")
            .Append("<link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"/opensearch.xml\" title=\"")
            .AppendEscaped(_library.LibraryName).Append("\">\n")
            .Append("<script src=\"").Append(_assets.Url("site.js")).Append("\" defer></script>\n</head>\n<body");
        if (head.BodyClass is not null)
        {
            sb.Append(" class=\"").AppendEscaped(head.BodyClass).Append('"');
        }

        sb.Append(">\n<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n");
        WriteSiteBar(sb, head);
        sb.Append("<main id=\"content\" class=\"page\">\n");
        body(sb);
        sb.Append("\n</main>\n");
        WriteFooter(sb, head);
        return sb.Append("</body>\n</html>\n").ToString();
    }

    private void WriteSiteBar(StringBuilder sb, PageHead head)
    {
        sb.Append("<header class=\"site-bar\">\n<div class=\"site-bar-inner\">\n<a class=\"site-name\" href=\"/\">")
            .AppendEscaped(_library.LibraryName).Append("</a>\n")
            .Append("<form class=\"site-search\" action=\"/search\" method=\"get\" role=\"search\">")
            .Append("<input type=\"search\" name=\"q\" maxlength=\"300\" placeholder=\"Search ").AppendEscaped(_library.LibraryName)
            .Append("\" aria-label=\"Search ").AppendEscaped(_library.LibraryName)
            .Append("\" autocomplete=\"off\" spellcheck=\"false\" data-suggest=\"/suggest\"");
        if (!string.IsNullOrEmpty(head.Query))
        {
            sb.Append(" value=\"").AppendEscaped(head.Query).Append('"');
        }

        sb.Append("><button type=\"submit\">Search</button></form>\n");
        if (head.ArticleTitle is { } title && _library.AcceptsReaderInput)
        {
            // The forms of the Flags and Mail areas take the article's title as /wiki/ does.
            var path = WikiUrls.Encode(title.Replace(' ', '_'));
            sb.Append("<nav class=\"site-actions\" aria-label=\"Article tools\">")
                .Append("<a class=\"action-flag\" rel=\"nofollow\" href=\"/flag/").AppendEscaped(path).Append("\">Flag as Inappropriate</a>")
                .Append("<a class=\"action-email\" rel=\"nofollow\" href=\"/email/").AppendEscaped(path).Append("\">Email this Article</a>")
                .Append("</nav>\n");
        }

        sb.Append("</div>\n</header>\n");
    }

    private void WriteFooter(StringBuilder sb, PageHead head)
    {
        sb.Append("<footer class=\"site-footer\">\n");
        if (head.Attribution is not null)
        {
            sb.Append(head.Attribution);
        }

        sb.Append("<p class=\"licence\">Text is available under the <a rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">")
            .Append("Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply.</p>\n")
            .Append("<p class=\"review\">Contributed content is peer reviewed by our editors before it is published.</p>\n")
            .Append("<p class=\"terms\">By using this site, you agree to the <a href=\"/terms\">Terms of Use</a> and <a href=\"/privacy\">Privacy Policy</a>. ")
            .AppendEscaped(_library.LibraryName).Append(" is published by ").AppendEscaped(_library.Options.Publisher).Append(".</p>\n")
            .Append("<nav class=\"footer-links\" aria-label=\"Site\"><a href=\"/\">Home</a> <a href=\"/collections\">Collections</a> ")
            .Append("<a href=\"/random\" rel=\"nofollow\">Random article</a> <a href=\"/terms\">Terms of Use</a> <a href=\"/privacy\">Privacy Policy</a></nav>\n")
            .Append("</footer>\n");
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}

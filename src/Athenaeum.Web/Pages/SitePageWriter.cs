using System.Globalization;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Search;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Pages;

/// <summary>Writes the home page, the "not found" page and the Terms of Use and Privacy Policy pages.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class SitePageWriter
{
    private readonly LibraryContext _library;
    private readonly PageShell _shell;

    public SitePageWriter(LibraryContext library, PageShell shell)
    {
        _library = library;
        _shell = shell;
    }

    /// <summary>Writes the home page.</summary>
    /// <param name="view">What it shows.</param>
    /// <returns>The HTML.</returns>
    public string Home(HomeView view)
    {
        var site = _library.Site;
        var head = new PageHead(_library.LibraryName, Description: _library.LibraryName + ": an encyclopedia of " + view.Articles.ToString("N0", CultureInfo.InvariantCulture) + " articles.", CanonicalPath: "/", BodyClass: "home-page");
        return _shell.Render(head, sb =>
        {
            sb.Append("<section class=\"home-hero\">\n<h1 class=\"page-title\">").AppendEscaped(_library.LibraryName).Append("</h1>\n<p class=\"home-stats\">")
                .Append(view.Articles.ToString("N0", CultureInfo.InvariantCulture)).Append(" articles in ").AppendEscaped(_library.LanguageName)
                .Append(" · ").Append(view.Collections.ToString("N0", CultureInfo.InvariantCulture)).Append(" Collections</p>\n<p class=\"home-source\">From ")
                .AppendEscaped(site.SiteName);
            if (site.SourceDumpFile is { } dump)
            {
                sb.Append(", dump <code>").AppendEscaped(dump).Append("</code>");
            }

            if (site.DumpDate is { } date)
            {
                sb.Append(" of <time datetime=\"").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
                    .Append(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</time>");
            }

            sb.Append(".</p>\n<form class=\"home-search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" maxlength=\"300\" aria-label=\"Search\" placeholder=\"Search ")
                .Append(view.Articles.ToString("N0", CultureInfo.InvariantCulture)).Append(" articles\" autocomplete=\"off\" data-suggest=\"/suggest\"><button type=\"submit\">Search</button></form>\n")
                .Append("<p><a class=\"button\" href=\"/random\" rel=\"nofollow\">Random article</a></p>\n</section>\n");
            if (view.Featured is { } featured)
            {
                sb.Append("<section class=\"home-featured\"><h2>Featured article</h2><p class=\"featured-title\">").AppendLink(WikiUrls.Article(featured), featured).Append("</p></section>\n");
            }

            if (view.Random.Count > 0)
            {
                sb.Append("<section class=\"home-random\"><h2>More articles</h2><ul>");
                foreach (var title in view.Random)
                {
                    sb.Append("<li>").AppendLink(WikiUrls.Article(title), title).Append("</li>");
                }

                sb.Append("</ul></section>\n");
            }

            sb.Append("<section class=\"home-collections\"><h2>Collections</h2><ul class=\"collection-index\">");
            foreach (var collection in view.LargestCollections)
            {
                sb.Append("<li>").AppendLink(WikiUrls.Collection(collection.Name), CollectionTitleCaser.ToDisplay(collection.Name, site.Language))
                    .Append(" <span class=\"count\">(").Append(collection.MemberCount.ToString("N0", CultureInfo.InvariantCulture)).Append(")</span></li>");
            }

            sb.Append("</ul><p><a href=\"/collections\">All Collections →</a></p></section>\n");
        });
    }

    /// <summary>Writes the page for a title the library does not have, with search results for it.</summary>
    /// <param name="title">The title asked for.</param>
    /// <param name="results">Search results for the title.</param>
    /// <returns>The HTML.</returns>
    public string NotFound(string title, SearchResults results)
    {
        var head = new PageHead("Not found: " + title, Query: title, NoIndex: true, BodyClass: "not-found-page");
        return _shell.Render(head, sb =>
        {
            sb.Append("<h1 class=\"page-title\">Not found</h1>\n<p class=\"not-found\">")
                .Append(title.Length == 0 ? "No title was given." : "This library has no article titled “").AppendEscaped(title)
                .Append(title.Length == 0 ? string.Empty : "”.").Append("</p>\n");
            if (results.Total > 0 || results.DidYouMean is not null || results.ExactTitle is not null)
            {
                sb.Append("<h2>Articles that match</h2>\n");
                SearchPageWriter.WriteResults(sb, results);
            }
        });
    }

    /// <summary>Writes a page of the operator's legal text.</summary>
    /// <param name="title">The page's title.</param>
    /// <param name="bodyHtml">The text as HTML.</param>
    /// <param name="canonicalPath">The page's address.</param>
    /// <returns>The HTML.</returns>
    public string Legal(string title, string bodyHtml, string canonicalPath)
    {
        var head = new PageHead(title, CanonicalPath: canonicalPath, BodyClass: "legal-page");
        return _shell.Render(head, sb => sb.Append("<article class=\"legal\">\n").Append(bodyHtml).Append("\n</article>"));
    }
}

using System.Globalization;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Pages;

/// <summary>Writes a Collection page (the category's own text, then subcollections, articles and files in sort-key order, paged) and the Collections index.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class CollectionPageWriter
{
    private readonly LibraryContext _library;
    private readonly PageShell _shell;

    public CollectionPageWriter(LibraryContext library, PageShell shell)
    {
        _library = library;
        _shell = shell;
    }

    /// <summary>Gets the query parameter prefix of a member kind ("sub", "page", "file").</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The prefix.</returns>
    public static string ParameterPrefix(CollectionMemberKind kind) => kind switch
    {
        CollectionMemberKind.Subcategory => "sub",
        CollectionMemberKind.File => "file",
        _ => "page",
    };

    /// <summary>Writes a Collection page.</summary>
    /// <param name="view">What it shows.</param>
    /// <returns>The HTML.</returns>
    public string Write(CollectionView view)
    {
        var display = CollectionTitleCaser.ToDisplay(view.Name, _library.Site.Language);
        var head = new PageHead("Collection: " + display, Description: view.Description?.Metadata.Lead, CanonicalPath: WikiUrls.Collection(view.Name), BodyClass: "collection-page");
        return _shell.Render(head, sb =>
        {
            sb.Append("<h1 class=\"page-title\"><span class=\"title-prefix\">Collection:</span> ").AppendEscaped(display).Append("</h1>\n");
            if (view.Description is { } description && description.Html.Length > 0)
            {
                sb.Append("<div class=\"collection-description article-body mw-body-content\">\n").Append(description.Html).Append("\n</div>\n");
            }

            foreach (var listing in view.Listings)
            {
                WriteListing(sb, view, listing);
            }

            if (view.Listings.All(l => l.Total == 0))
            {
                sb.Append("<p class=\"collection-empty\">This Collection has no articles.</p>\n");
            }
        });
    }

    /// <summary>Writes the Collections index.</summary>
    /// <param name="collections">The Collections on this page (name order).</param>
    /// <param name="total">How many Collections there are.</param>
    /// <param name="nextFrom">The name the next page starts at, or <see langword="null"/>.</param>
    /// <param name="limit">Collections per page.</param>
    /// <param name="previousFrom">The name the previous page starts at ("" for the first page), or <see langword="null"/> on the first page.</param>
    /// <returns>The HTML.</returns>
    public string WriteIndex(IReadOnlyList<CollectionSummary> collections, long total, string? nextFrom, int limit, string? previousFrom = null)
    {
        var head = new PageHead("Collections", CanonicalPath: "/collections", BodyClass: "collections-page");
        return _shell.Render(head, sb =>
        {
            sb.Append("<h1 class=\"page-title\">Collections</h1>\n<p class=\"collection-count\">")
                .Append(total.ToString("N0", CultureInfo.InvariantCulture)).Append(" Collections.</p>\n<ul class=\"collection-index\">\n");
            foreach (var collection in collections)
            {
                sb.Append("<li>").AppendLink(WikiUrls.Collection(collection.Name), CollectionTitleCaser.ToDisplay(collection.Name, _library.Site.Language))
                    .Append(" <span class=\"count\">(").Append(collection.MemberCount.ToString("N0", CultureInfo.InvariantCulture)).Append(")</span></li>\n");
            }

            sb.Append("</ul>\n");
            if (nextFrom is not null || previousFrom is not null)
            {
                sb.Append("<nav class=\"pager\">");
                if (previousFrom is not null)
                {
                    var previous = previousFrom.Length == 0
                        ? "/collections" + LimitParameter(limit, 200, '?')
                        : "/collections?from=" + Uri.EscapeDataString(previousFrom) + LimitParameter(limit, 200);
                    sb.AppendLink(previous, "← Previous page", "pager-previous");
                }

                if (nextFrom is not null)
                {
                    sb.AppendLink("/collections?from=" + Uri.EscapeDataString(nextFrom) + LimitParameter(limit, 200), "Next page →", "pager-next");
                }

                sb.Append("</nav>\n");
            }
        });
    }

    private void WriteListing(StringBuilder sb, CollectionView view, CollectionListing listing)
    {
        if (listing.Total == 0)
        {
            return;
        }

        var (heading, noun) = listing.Kind switch
        {
            CollectionMemberKind.Subcategory => ("Subcollections", "subcollection"),
            CollectionMemberKind.File => ("Media", "file"),
            _ => ("Articles", "article"),
        };
        var prefix = ParameterPrefix(listing.Kind);
        sb.Append("<section class=\"collection-members collection-").Append(prefix).Append("\" id=\"").Append(prefix).Append("\">\n<h2>").Append(heading).Append("</h2>\n<p class=\"member-count\">")
            .Append(listing.Total.ToString("N0", CultureInfo.InvariantCulture)).Append(' ').Append(noun).Append(listing.Total == 1 ? string.Empty : "s")
            .Append(" in this Collection.</p>\n<ul class=\"member-list\">\n");
        foreach (var member in listing.Members)
        {
            var page = member.Page;
            sb.Append("<li").Append(page.IsRedirect ? " class=\"redirect-in-category\"" : string.Empty).Append('>');
            if (listing.Kind == CollectionMemberKind.Subcategory)
            {
                sb.AppendLink(WikiUrls.Collection(page.Title), CollectionTitleCaser.ToDisplay(page.Title, _library.Site.Language));
            }
            else
            {
                var title = _library.PrefixedTitle(page.Namespace, page.Title);
                sb.AppendLink(WikiUrls.Article(title), title);
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ul>\n");
        var links = new List<(string, string, string)>();
        if (!listing.IsFirstPage)
        {
            links.Add((WikiUrls.Collection(view.Name) + LimitParameter(view.Limit, 200, '?') + "#" + prefix, "First page", "pager-first"));
        }

        if (listing.Next is { } next)
        {
            var href = WikiUrls.Collection(view.Name) + "?" + prefix + "from=" + Uri.EscapeDataString(next.SortKey) + "&" + prefix + "id="
                + next.PageId.ToString(CultureInfo.InvariantCulture) + LimitParameter(view.Limit, 200) + "#" + prefix;
            links.Add((href, "Next page →", "pager-next"));
        }

        if (links.Count > 0)
        {
            sb.Append("<nav class=\"pager\">");
            foreach (var (href, text, css) in links)
            {
                sb.AppendLink(href, text, css).Append(' ');
            }

            sb.Append("</nav>\n");
        }

        sb.Append("</section>\n");
    }

    private static string LimitParameter(int limit, int defaultLimit, char separator = '&')
        => limit == defaultLimit ? string.Empty : separator + "limit=" + limit.ToString(CultureInfo.InvariantCulture);
}

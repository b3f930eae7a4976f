using System.Globalization;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Web.Search;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Pages;

/// <summary>Writes the search page: the exact-title match, "did you mean", the results with snippets, and paging.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class SearchPageWriter
{
    private readonly PageShell _shell;
    private readonly SearchIndexStatus _status;

    public SearchPageWriter(PageShell shell, SearchIndexStatus status)
    {
        _shell = shell;
        _status = status;
    }

    /// <summary>Writes the page.</summary>
    /// <param name="results">The results, or <see langword="null"/> when the reader has not searched yet.</param>
    /// <returns>The HTML.</returns>
    public string Write(SearchResults? results)
    {
        var title = results is null ? "Search" : "Search results for “" + results.Query + "”";
        var head = new PageHead(title, Query: results?.Query, NoIndex: true, BodyClass: "search-page");
        return _shell.Render(head, sb =>
        {
            sb.Append("<h1 class=\"page-title\">").AppendEscaped(title).Append("</h1>\n");
            WriteRebuildNotice(sb, _status.Get(), _status.IsRebuilding);
            if (results is null)
            {
                sb.Append("<p>Type words in the search box to find articles.</p>\n");
                return;
            }

            WriteResults(sb, results);
        });
    }

    /// <summary>Writes the notice that the index is incomplete, and so are the results; nothing when it is complete.</summary>
    /// <param name="sb">The page.</param>
    /// <param name="coverage">The index's coverage.</param>
    /// <param name="rebuilding">Whether the server is filling the index (else it stays incomplete: a read-only library).</param>
    public static void WriteRebuildNotice(StringBuilder sb, SearchIndexCoverage coverage, bool rebuilding)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(coverage);
        if (coverage.IsComplete)
        {
            return;
        }

        sb.Append("<p class=\"search-rebuilding\" role=\"status\">")
            .Append(rebuilding ? "The search index is being rebuilt: " : "The search index of this read-only library is incomplete: ")
            .Append(coverage.Indexed.ToString("N0", CultureInfo.InvariantCulture)).Append(" of ")
            .Append(coverage.Total.ToString("N0", CultureInfo.InvariantCulture))
            .Append(" articles indexed; results may be incomplete.</p>\n");
    }

    /// <summary>Writes the result list (also used by the 404 page).</summary>
    /// <param name="sb">The page.</param>
    /// <param name="results">The results.</param>
    public static void WriteResults(StringBuilder sb, SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(results);
        if (results.ExactTitle is { } exact)
        {
            sb.Append("<p class=\"search-exact\">There is an article with this title: ")
                .AppendLink(WikiUrls.Article(exact), exact).Append("</p>\n");
        }

        if (results.DidYouMean is { } suggestion)
        {
            sb.Append("<p class=\"search-didyoumean\">Did you mean: ")
                .AppendLink(WikiUrls.Article(suggestion), suggestion).Append(" (")
                .AppendLink(WikiUrls.Search(suggestion), "search instead").Append(")?</p>\n");
        }

        if (results.Total == 0)
        {
            sb.Append("<p class=\"search-none\">No articles contain all of these words.</p>\n");
            return;
        }

        if (results.WidenedPrefix is { } prefix)
        {
            sb.Append("<p class=\"search-widened\">No article has the word “").AppendEscaped(prefix)
                .Append("”: showing articles with words that start with it.</p>\n");
        }

        var first = ((results.Page - 1) * results.PageSize) + 1;
        sb.Append("<p class=\"search-count\">Results ").Append(first.ToString("N0", CultureInfo.InvariantCulture)).Append('–')
            .Append((first + results.Results.Count - 1).ToString("N0", CultureInfo.InvariantCulture)).Append(results.IsTotalExact ? " of " : " of more than ")
            .Append(results.Total.ToString("N0", CultureInfo.InvariantCulture)).Append("</p>\n<ol class=\"search-results\" start=\"")
            .Append(first.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
        foreach (var result in results.Results)
        {
            sb.Append("<li><h2 class=\"search-title\">").AppendLink(WikiUrls.Article(result.PrefixedTitle), result.PrefixedTitle)
                .Append("</h2>\n<p class=\"search-snippet\">").Append(result.SnippetHtml).Append("</p></li>\n");
        }

        sb.Append("</ol>\n");
        WritePaging(sb, results);
    }

    private static void WritePaging(StringBuilder sb, SearchResults results)
    {
        if (results.PageCount <= 1)
        {
            return;
        }

        sb.Append("<nav class=\"pager\" aria-label=\"Result pages\">");
        if (results.Page > 1)
        {
            sb.AppendLink(PageUrl(results.Query, results.Page - 1), "← Previous", "pager-prev").Append(' ');
        }

        var from = Math.Max(1, results.Page - 4);
        var to = Math.Min(results.PageCount, from + 9);
        for (var i = from; i <= to; i++)
        {
            if (i == results.Page)
            {
                sb.Append("<span class=\"pager-current\" aria-current=\"page\">").Append(i.ToString(CultureInfo.InvariantCulture)).Append("</span> ");
            }
            else
            {
                sb.AppendLink(PageUrl(results.Query, i), i.ToString(CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        if (results.Page < results.PageCount)
        {
            sb.AppendLink(PageUrl(results.Query, results.Page + 1), "Next →", "pager-next");
        }

        sb.Append("</nav>\n");
    }

    private static string PageUrl(string query, int page) => WikiUrls.Search(query) + "&page=" + page.ToString(CultureInfo.InvariantCulture);
}

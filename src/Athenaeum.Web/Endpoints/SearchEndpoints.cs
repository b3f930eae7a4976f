using System.Globalization;
using System.Text.Json;
using Athenaeum.Web.Caching;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Pages;
using Athenaeum.Web.Search;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Endpoints;

/// <summary>Search (<c>/search?q=</c>), title suggestions as JSON (<c>/suggest?q=</c>) and <c>/random</c>.</summary>
internal static class SearchEndpoints
{
    /// <summary>Maps the routes.</summary>
    /// <param name="app">The application.</param>
    public static void MapSearchEndpoints(this WebApplication app)
    {
        app.MapGet("/search", GetSearch).WithName("GetSearch");
        app.MapGet("/suggest", GetSuggestions).WithName("GetSuggestions");
        app.MapGet("/random", GetRandom).WithName("GetRandom");
    }

    private static Task GetSearch(
        HttpContext context, SearchService search, SearchPageWriter searchWriter, SearchIndexStatus status, LibraryGeneration generation, ResponseCache cache)
    {
        var query = SearchService.Clip(context.Request.Query["q"].ToString());
        var page = int.TryParse(context.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, SearchService.MaxPages) : 1;
        if (query.Length == 0)
        {
            return HttpResponses.WriteHtmlAsync(context, StatusCodes.Status200OK, searchWriter.Write(null));
        }

        // Results from an index being rebuilt change from one minute to the next: neither kept here nor by browsers.
        if (!status.Get().IsComplete)
        {
            return SearchAsync(context, search, searchWriter, query, page, keep: null);
        }

        // A complete index changes only with an import, which starts a new generation: results are kept until then.
        var key = string.Create(CultureInfo.InvariantCulture, $"search:{page}:{query}");
        if (cache.TryGet(key, generation.Number, out var cached))
        {
            return HttpResponses.WriteAsync(context, cached);
        }

        return SearchAsync(context, search, searchWriter, query, page, (key, generation, cache));
    }

    /// <summary>Runs a search (waiting for its turn, see <see cref="SearchService.SearchAsync"/>) and answers it, keeping the answer when <paramref name="keep"/> says where.</summary>
    private static async Task SearchAsync(
        HttpContext context, SearchService search, SearchPageWriter searchWriter, string query, int page, (string Key, LibraryGeneration Generation, ResponseCache Cache)? keep)
    {
        var number = keep?.Generation.Number ?? 0;
        var results = await search.SearchAsync(query, page, context.RequestAborted).ConfigureAwait(false);
        var html = searchWriter.Write(results);
        if (keep is not { } k)
        {
            await HttpResponses.WriteHtmlAsync(context, StatusCodes.Status200OK, html, HttpResponses.NoStore).ConfigureAwait(false);
            return;
        }

        var response = HttpResponses.Create(StatusCodes.Status200OK, html, k.Generation.Since, number, "private, max-age=60");
        k.Cache.Set(k.Key, response);

        // Not compressed on this first answer: a query asked once would pay for compression it never reuses.
        await HttpResponses.WriteAsync(context, response, compress: false).ConfigureAwait(false);
    }

    private static IResult GetSuggestions(HttpContext context, SearchService search)
    {
        var suggestions = search.Suggest(context.Request.Query["q"].ToString());
        context.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Text(JsonSerializer.Serialize(suggestions, SuggestionJson.Default.IReadOnlyListTitleSuggestion), "application/json; charset=utf-8");
    }

    private static IResult GetRandom(HttpContext context, LibraryContext library)
    {
        context.Response.Headers.CacheControl = HttpResponses.NoStore;
        var page = library.Provider.Pages.GetRandomPage(0);
        return page is null ? Results.Redirect("/") : Results.Redirect(WikiUrls.Article(library.PrefixedTitle(page.Namespace, page.Title)));
    }
}

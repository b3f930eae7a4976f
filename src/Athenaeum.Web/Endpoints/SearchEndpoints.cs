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
            return HttpResponses.WriteHtmlAsync(context, StatusCodes.Status200OK, searchWriter.Write(search.Search(query, page)), HttpResponses.NoStore);
        }

        // A complete index changes only with an import, which starts a new generation: results are kept until then.
        var number = generation.Number;
        var key = string.Create(CultureInfo.InvariantCulture, $"search:{page}:{query}");
        if (cache.TryGet(key, number, out var cached))
        {
            return HttpResponses.WriteAsync(context, cached);
        }

        var html = searchWriter.Write(search.Search(query, page));
        var response = HttpResponses.Create(StatusCodes.Status200OK, html, generation.Since, number, "private, max-age=60");
        cache.Set(key, response);

        // Not compressed on this first answer: a query asked once would pay for compression it never reuses.
        return HttpResponses.WriteAsync(context, response, compress: false);
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

using Athenaeum.Web.Assets;
using Athenaeum.Web.Caching;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Pages;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Endpoints;

/// <summary>The home page, static assets, the Terms of Use, the Privacy Policy and the OpenSearch description.</summary>
internal static class SiteEndpoints
{
    private const int FeaturedCandidates = 500;
    private const int LargestCollections = 30;

    /// <summary>Maps the routes.</summary>
    /// <param name="app">The application.</param>
    public static void MapSiteEndpoints(this WebApplication app)
    {
        app.MapMethods("/", GetOrHead.Methods, GetHomeAsync).WithName("GetHome");
        app.MapMethods("/static/{name}", GetOrHead.Methods, GetStaticAsset).WithName("GetStaticAsset");
        app.MapGet("/terms", (HttpContext context) => GetLegalAsync(context, "terms", "Terms of Use")).WithName("GetTerms");
        app.MapGet("/privacy", (HttpContext context) => GetLegalAsync(context, "privacy", "Privacy Policy")).WithName("GetPrivacy");
        app.MapGet("/opensearch.xml", GetOpenSearch).WithName("GetOpenSearch");
    }

    private static async Task GetHomeAsync(HttpContext context, LibraryContext library, LibraryGeneration generation, ResponseCache cache, SitePageWriter writer, HiddenCategories hidden, CancellationToken cancellationToken)
    {
        var number = generation.Number;
        var day = generation.Clock.GetUtcNow().UtcDateTime.Date;
        var key = "home:" + day.DayOfYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (cache.TryGet(key, number, out var cached))
        {
            await HttpResponses.WriteAsync(context, cached).ConfigureAwait(false);
            return;
        }

        var statistics = library.Provider.Site.GetStatistics();
        var articles = statistics.PagesPerNamespace.Where(n => n.Namespace == 0).Sum(n => n.Pages - n.Redirects);
        var candidates = library.Provider.Pages.ListPages(0, string.Empty, FeaturedCandidates).Where(p => !p.IsRedirect && !string.Equals(p.Title, "Main Page", StringComparison.Ordinal)).ToList();
        string? featured = library.Options.FeaturedArticle;
        if (string.IsNullOrWhiteSpace(featured) && candidates.Count > 0)
        {
            // The article of the day: the same for every reader on a day, another the next day.
            featured = candidates[(int)(day.Ticks / TimeSpan.TicksPerDay % candidates.Count)].Title;
        }

        var more = candidates.Count == 0 ? [] : Enumerable.Range(1, Math.Min(6, candidates.Count - 1))
            .Select(i => candidates[(int)(((day.Ticks / TimeSpan.TicksPerDay) + (i * 7919L)) % candidates.Count)].Title)
            .Where(t => !string.Equals(t, featured, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var store = library.Stores.Collections;
        var largest = await hidden.ListLargestVisibleAsync(store, LargestCollections, cancellationToken).ConfigureAwait(false);
        var collections = await hidden.CountVisibleCollectionsAsync(store, cancellationToken).ConfigureAwait(false);
        var view = new HomeView(Math.Max(0, articles), collections, featured, more, largest);
        var response = HttpResponses.Create(StatusCodes.Status200OK, writer.Home(view), generation.Since, number);
        cache.Set(key, response);
        await HttpResponses.WriteAsync(context, response).ConfigureAwait(false);
    }

    private static Task GetStaticAsset(HttpContext context, string name, StaticAssets assets)
    {
        if (!assets.TryGet(name, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return HttpResponses.WriteAsync(context, asset);
    }

    private static Task GetLegalAsync(HttpContext context, string name, string title)
    {
        var services = context.RequestServices;
        var html = services.GetRequiredService<LegalDocuments>().GetHtml(name);
        return HttpResponses.WriteHtmlAsync(context, StatusCodes.Status200OK, services.GetRequiredService<SitePageWriter>().Legal(title, html, "/" + name), HttpResponses.RevalidateAfterAMinute);
    }

    private static IResult GetOpenSearch(HttpContext context, LibraryContext library)
    {
        var origin = context.Request.Scheme + "://" + context.Request.Host.Value;
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">"
            + "<ShortName>" + Html.Escape(library.LibraryName.Length > 16 ? library.LibraryName[..16] : library.LibraryName) + "</ShortName>"
            + "<Description>Search " + Html.Escape(library.LibraryName) + "</Description><InputEncoding>UTF-8</InputEncoding>"
            + "<Url type=\"text/html\" template=\"" + Html.Escape(origin) + "/search?q={searchTerms}\"/>"
            + "</OpenSearchDescription>";
        return Results.Text(xml, "application/opensearchdescription+xml; charset=utf-8");
    }
}

using System.Globalization;
using Athenaeum.Storage;
using Athenaeum.Web.Caching;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Pages;
using Athenaeum.Web.Rendering;
using Athenaeum.Web.Text;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Web.Endpoints;

/// <summary>Collection pages <c>/collection/{Name}</c> and the index <c>/collections</c>.</summary>
internal static class CollectionEndpoints
{
    /// <summary>Members or Collections per page unless <c>limit</c> says otherwise.</summary>
    public const int DefaultLimit = 200;

    /// <summary>The most members or Collections per page.</summary>
    public const int MaxLimit = 500;

    private static readonly CollectionMemberKind[] Kinds = [CollectionMemberKind.Subcategory, CollectionMemberKind.Page, CollectionMemberKind.File];

    /// <summary>Maps the routes.</summary>
    /// <param name="app">The application.</param>
    public static void MapCollectionEndpoints(this WebApplication app)
    {
        app.MapMethods("/collection/{**name}", GetOrHead.Methods, GetCollectionAsync).WithName("GetCollection");
        app.MapMethods("/collections", GetOrHead.Methods, GetCollections).WithName("GetCollections");
    }

    private static async Task GetCollectionAsync(HttpContext context, string? name, LibraryContext library, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var requested = (name ?? string.Empty).Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var parsed = requested.Length == 0 ? null : library.Titles.MakeTitle(StandardNamespaces.Category, requested.Replace('_', ' '));
        if (parsed is null)
        {
            await NotFoundAsync(context, requested, services).ConfigureAwait(false);
            return;
        }

        var canonical = parsed.DbKey;
        if (!string.Equals(requested, canonical, StringComparison.Ordinal))
        {
            context.Response.Redirect(WikiUrls.Collection(canonical) + context.Request.QueryString.Value, permanent: true);
            return;
        }

        var query = context.Request.Query;
        var limit = Limit(query["limit"]);
        var store = library.Stores.Collections;
        var listings = new List<CollectionListing>();
        foreach (var kind in Kinds)
        {
            var prefix = CollectionPageWriter.ParameterPrefix(kind);
            CollectionPosition? after = null;
            if (query.TryGetValue(prefix + "from", out var from) && long.TryParse(query[prefix + "id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                after = new CollectionPosition(from.ToString(), id);
            }

            var members = store.ListMembers(parsed.Text, kind, after, limit + 1);
            var next = members.Count > limit ? new CollectionPosition(members[limit - 1].SortKey, members[limit - 1].Page.Id) : null;
            listings.Add(new CollectionListing(kind, members.Take(limit).ToList(), store.CountMembers(parsed.Text, kind), next, after is null));
        }

        var page = library.Provider.Pages.GetPage(StandardNamespaces.Category, parsed.Text);
        if (page is null && listings.All(l => l.Total == 0))
        {
            await NotFoundAsync(context, parsed.Text, services).ConfigureAwait(false);
            return;
        }

        var description = page is null || page.IsRedirect ? null : await services.GetRequiredService<ArticleRenderService>().GetAsync(page, cancellationToken).ConfigureAwait(false);
        var html = services.GetRequiredService<CollectionPageWriter>().Write(new CollectionView(parsed.Text, description, listings, limit));
        var generation = services.GetRequiredService<LibraryGeneration>();
        await HttpResponses.WriteAsync(context, HttpResponses.Create(StatusCodes.Status200OK, html, generation.Since, generation.Number)).ConfigureAwait(false);
    }

    private static async Task GetCollections(HttpContext context, LibraryContext library, CollectionPageWriter writer, LibraryGeneration generation, HiddenCategories hidden, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var limit = Limit(query["limit"]);
        var from = query["from"].ToString();
        var store = library.Stores.Collections;

        // Hidden tracking categories are left out, and the page is filled past them to exactly limit entries.
        var (shown, next) = await hidden.ListVisibleCollectionsAsync(store, from, limit, cancellationToken).ConfigureAwait(false);
        var previous = await hidden.FindPreviousFromAsync(store, from, limit, cancellationToken).ConfigureAwait(false);
        var total = await hidden.CountVisibleCollectionsAsync(store, cancellationToken).ConfigureAwait(false);
        var html = writer.WriteIndex(shown, total, next, limit, previous);
        await HttpResponses.WriteAsync(context, HttpResponses.Create(StatusCodes.Status200OK, html, generation.Since, generation.Number)).ConfigureAwait(false);
    }

    private static int Limit(string? text)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? Math.Clamp(limit, 1, MaxLimit) : DefaultLimit;

    private static async Task NotFoundAsync(HttpContext context, string name, IServiceProvider services)
    {
        var results = await services.GetRequiredService<Search.SearchService>().SearchAsync(name, 1, context.RequestAborted).ConfigureAwait(false);
        var html = services.GetRequiredService<SitePageWriter>().NotFound("Collection:" + name, results);
        await HttpResponses.WriteHtmlAsync(context, StatusCodes.Status404NotFound, html).ConfigureAwait(false);
    }
}

using Athenaeum.Storage;
using Athenaeum.Web.Caching;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Pages;
using Athenaeum.Web.Rendering;
using Athenaeum.Web.Search;
using Athenaeum.Web.Subjects;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Endpoints;

/// <summary>The article page <c>/wiki/{Title}</c>: any namespace, redirects followed, 404 with search results.</summary>
internal static class ArticleEndpoints
{
    /// <summary>Maps the route.</summary>
    /// <param name="app">The application.</param>
    public static void MapArticleEndpoints(this WebApplication app)
    {
        app.MapMethods("/wiki/{**title}", GetOrHead.Methods, GetArticleAsync).WithName("GetArticle");
        app.MapGet("/wiki", () => Results.Redirect("/", permanent: true)).WithName("GetWikiRoot");

        // The engine links missing pages as MediaWiki does (/index.php?title=X&action=edit&redlink=1);
        // the site has no editor, so such links lead to the title's page (its 404 offers search results).
        app.MapGet("/index.php", (HttpContext context) =>
        {
            var title = context.Request.Query["title"].ToString();
            return title.Length == 0 ? Results.Redirect("/") : Results.Redirect(WikiUrls.Article(title));
        }).WithName("GetIndexPhp");
    }

    private static async Task GetArticleAsync(HttpContext context, string? title, LibraryContext library, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var requested = (title ?? string.Empty).Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var parsed = requested.Length == 0 ? null : library.Titles.Parse(requested.Replace('_', ' '));
        if (parsed is null || parsed.IsExternal || parsed.Namespace < 0)
        {
            await WriteNotFoundAsync(context, requested.Replace('_', ' '), services).ConfigureAwait(false);
            return;
        }

        var noRedirect = string.Equals(context.Request.Query["redirect"], "no", StringComparison.Ordinal);
        var canonical = library.PrefixedTitle(parsed.Namespace, parsed.Text).Replace(' ', '_');
        if (!string.Equals(requested, canonical, StringComparison.Ordinal))
        {
            context.Response.Redirect(WikiUrls.Article(canonical) + (noRedirect ? "?redirect=no" : string.Empty), permanent: true);
            return;
        }

        var generation = services.GetRequiredService<LibraryGeneration>().Number;
        var cache = services.GetRequiredService<ResponseCache>();
        var key = "wiki:" + canonical + (noRedirect ? "?redirect=no" : string.Empty);
        if (cache.TryGet(key, generation, out var cached))
        {
            await HttpResponses.WriteAsync(context, cached).ConfigureAwait(false);
            return;
        }

        var page = library.Provider.Pages.GetPage(parsed.Namespace, parsed.Text);
        if (page is null)
        {
            await WriteNotFoundAsync(context, library.PrefixedTitle(parsed.Namespace, parsed.Text), services).ConfigureAwait(false);
            return;
        }

        string? redirectedFrom = null;
        if (page.RedirectTarget is { } target && !noRedirect)
        {
            var targetPage = library.Provider.Pages.GetPage(target.Namespace, target.Title);
            if (targetPage is not null)
            {
                redirectedFrom = library.PrefixedTitle(page.Namespace, page.Title);
                page = targetPage;
            }
        }

        var view = await BuildViewAsync(page, redirectedFrom, services, cancellationToken).ConfigureAwait(false);
        var html = services.GetRequiredService<ArticlePageWriter>().Write(view);
        var lastModified = page.UpdatedAt > view.Article.RenderedAt ? page.UpdatedAt : view.Article.RenderedAt;
        var response = HttpResponses.Create(StatusCodes.Status200OK, html, lastModified, generation);
        if (!view.Article.Failed)
        {
            cache.Set(key, response);
        }

        await HttpResponses.WriteAsync(context, response).ConfigureAwait(false);
    }

    private static async Task<ArticleView> BuildViewAsync(PageRecord page, string? redirectedFrom, IServiceProvider services, CancellationToken cancellationToken)
    {
        var article = await services.GetRequiredService<ArticleRenderService>().GetAsync(page, cancellationToken).ConfigureAwait(false);
        var categories = await services.GetRequiredService<HiddenCategories>()
            .VisibleAsync(article.Metadata.Categories.Select(c => c.Name), cancellationToken).ConfigureAwait(false);
        var subjects = page.Namespace == 0 ? services.GetRequiredService<SubjectFinder>().Find(page, categories) : [];
        return new ArticleView(page, article, subjects, categories, redirectedFrom);
    }

    private static async Task WriteNotFoundAsync(HttpContext context, string title, IServiceProvider services)
    {
        // The 404 page's search waits its turn like /search: missing titles must not bypass the limit.
        var results = await services.GetRequiredService<SearchService>().SearchAsync(title, 1, context.RequestAborted).ConfigureAwait(false);
        var html = services.GetRequiredService<SitePageWriter>().NotFound(title, results);
        await HttpResponses.WriteHtmlAsync(context, StatusCodes.Status404NotFound, html).ConfigureAwait(false);
    }
}

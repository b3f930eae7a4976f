using Athenaeum.Storage;
using Athenaeum.Web.Rendering;

namespace Athenaeum.Web.Pages;

/// <summary>Everything an article page shows.</summary>
/// <param name="Page">The page.</param>
/// <param name="Article">Its rendering.</param>
/// <param name="Subjects">Related articles.</param>
/// <param name="Collections">The visible categories (hidden ones removed), in the page's order.</param>
/// <param name="RedirectedFrom">The prefixed title of the redirect the reader came through, or <see langword="null"/>.</param>
internal sealed record ArticleView(
    PageRecord Page,
    RenderedArticle Article,
    IReadOnlyList<PageReference> Subjects,
    IReadOnlyList<string> Collections,
    string? RedirectedFrom);

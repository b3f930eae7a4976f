using Athenaeum.Storage;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Flags;

/// <summary>
/// Finds the article a reader's form is about from the address's title (<c>/flag/The_Salt_Orchard</c>):
/// the current page with that title, following one redirect to the article the reader saw.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class ReaderArticleResolver
{
    private const int MaxTitleLength = 512;

    private readonly LibraryContext _library;

    public ReaderArticleResolver(LibraryContext library)
    {
        _library = library;
    }

    /// <summary>Finds the page of a title.</summary>
    /// <param name="routeTitle">The title from the address (underscores or spaces).</param>
    /// <returns>The page (never a redirect or removed page), or <see langword="null"/> when there is none.</returns>
    public PageRecord? Resolve(string? routeTitle)
    {
        if (string.IsNullOrWhiteSpace(routeTitle) || routeTitle.Length > MaxTitleLength)
        {
            return null;
        }

        var pages = _library.Provider.Pages;
        PageRecord? page = null;
        var title = _library.Titles.Parse(routeTitle.Replace('_', ' '));
        if (title is not null && !title.IsExternal)
        {
            page = pages.GetPage(title.Namespace, title.Text);
        }

        if (page?.RedirectTarget is { } target)
        {
            page = pages.GetPage(target.Namespace, target.Title);
        }

        return page is null || page.IsRemoved || page.IsRedirect ? null : page;
    }

    /// <summary>Gets a page's title with its namespace prefix.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The title.</returns>
    public string DisplayTitle(PageRecord page) => _library.PrefixedTitle(page.Namespace, page.Title);
}

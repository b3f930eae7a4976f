namespace Athenaeum.Storage;

/// <summary>Reads pages and their texts. Removed pages are found by id only, never by title.</summary>
/// <remarks>Thread-safe; share one instance.</remarks>
public interface IPageStore
{
    /// <summary>Gets the current page with a title.</summary>
    /// <param name="ns">The namespace number.</param>
    /// <param name="title">The normalized title without namespace prefix, with spaces.</param>
    /// <returns>The page, or <see langword="null"/>.</returns>
    PageRecord? GetPage(int ns, string title);

    /// <summary>Gets a page by the library's id, removed or not.</summary>
    /// <param name="id">The library's page id.</param>
    /// <returns>The page, or <see langword="null"/>.</returns>
    PageRecord? GetPageById(long id);

    /// <summary>Gets a page by its id on the source wiki (the number in its Article Id), removed or not.</summary>
    /// <param name="sourcePageId">The source page id.</param>
    /// <returns>The page, or <see langword="null"/>.</returns>
    PageRecord? GetPageBySourceId(long sourcePageId);

    /// <summary>Tells whether a current page has a title; cheaper than <see cref="GetPage"/>.</summary>
    /// <param name="ns">The namespace number.</param>
    /// <param name="title">The normalized title.</param>
    /// <returns><see langword="true"/> when the page exists.</returns>
    bool Exists(int ns, string title);

    /// <summary>Gets the stored text of a page.</summary>
    /// <param name="pageId">The library's page id.</param>
    /// <returns>The text, or <see langword="null"/> when the page does not exist.</returns>
    /// <exception cref="LibraryException">The stored text is corrupt.</exception>
    string? GetText(long pageId);

    /// <summary>Gets the current pages that redirect to a title.</summary>
    /// <param name="target">The redirect target.</param>
    /// <param name="limit">The most pages to return.</param>
    /// <returns>The redirects, ordered by namespace and title.</returns>
    IReadOnlyList<PageReference> GetRedirectsTo(LinkTarget target, int limit);

    /// <summary>Lists the current pages of a namespace in title order, from a title on (for an index of all pages).</summary>
    /// <param name="ns">The namespace number.</param>
    /// <param name="fromTitle">The first title to list (inclusive); "" to start at the beginning.</param>
    /// <param name="limit">The most pages to return.</param>
    /// <returns>The pages.</returns>
    IReadOnlyList<PageReference> ListPages(int ns, string fromTitle, int limit);

    /// <summary>Reads current pages in library-id order after an id, for jobs that walk the whole library (indexing, rendering).</summary>
    /// <param name="afterId">The last id already read (0 to start).</param>
    /// <param name="limit">The most pages to return.</param>
    /// <returns>The pages.</returns>
    IReadOnlyList<PageRecord> ReadPagesAfter(long afterId, int limit);

    /// <summary>Picks a random current non-redirect page of a namespace.</summary>
    /// <param name="ns">The namespace number.</param>
    /// <returns>A page, or <see langword="null"/> when the namespace has none.</returns>
    PageReference? GetRandomPage(int ns);
}

namespace Athenaeum.Storage;

/// <summary>
/// Reads and replaces the link tables: categories with sort keys (<b>Collections</b>), page links
/// (<b>Subjects</b>, "what links here"), transclusions and file uses, each indexed both ways.
/// Listings in the "to" direction count current (not removed) pages only.
/// </summary>
/// <remarks>Thread-safe; share one instance.</remarks>
public interface ILinkStore
{
    /// <summary>Gets the categories a page belongs to, in the order of their names.</summary>
    /// <param name="pageId">The library's page id.</param>
    /// <returns>The memberships.</returns>
    IReadOnlyList<CategoryMembership> GetCategories(long pageId);

    /// <summary>Lists the members of a category in sort-key order.</summary>
    /// <param name="category">The category name without prefix, with spaces.</param>
    /// <param name="fromSortKey">The first sort key to list (inclusive); "" to start at the beginning.</param>
    /// <param name="limit">The most members to return.</param>
    /// <returns>The members.</returns>
    IReadOnlyList<CategoryMember> GetCategoryMembers(string category, string fromSortKey, int limit);

    /// <summary>Counts the members of a category.</summary>
    /// <param name="category">The category name.</param>
    /// <returns>How many current pages belong to it.</returns>
    long CountCategoryMembers(string category);

    /// <summary>Gets the pages a page links to.</summary>
    /// <param name="pageId">The library's page id.</param>
    /// <returns>The targets, ordered by namespace and title.</returns>
    IReadOnlyList<LinkTarget> GetLinks(long pageId);

    /// <summary>Counts the pages a page links to.</summary>
    /// <param name="pageId">The library's page id.</param>
    /// <returns>The number of distinct link targets.</returns>
    long CountLinks(long pageId);

    /// <summary>Gets the current pages that link to a title ("what links here").</summary>
    /// <param name="target">The linked title.</param>
    /// <param name="limit">The most pages to return.</param>
    /// <returns>The linking pages, ordered by library id.</returns>
    IReadOnlyList<PageReference> GetLinksHere(LinkTarget target, int limit);

    /// <summary>Gets the templates and modules a page transcludes.</summary>
    /// <param name="pageId">The library's page id.</param>
    /// <returns>The transcluded titles, ordered by namespace and title.</returns>
    IReadOnlyList<LinkTarget> GetTemplates(long pageId);

    /// <summary>Gets the current pages that transclude a title.</summary>
    /// <param name="target">The transcluded title (a template, a module …).</param>
    /// <param name="limit">The most pages to return.</param>
    /// <returns>The transcluding pages, ordered by library id.</returns>
    IReadOnlyList<PageReference> GetTransclusions(LinkTarget target, int limit);

    /// <summary>Gets the files a page uses.</summary>
    /// <param name="pageId">The library's page id.</param>
    /// <returns>The file names without namespace prefix, in order.</returns>
    IReadOnlyList<string> GetImages(long pageId);

    /// <summary>Gets the current pages that use a file.</summary>
    /// <param name="fileName">The file name without namespace prefix.</param>
    /// <param name="limit">The most pages to return.</param>
    /// <returns>The pages, ordered by library id.</returns>
    IReadOnlyList<PageReference> GetFileUsage(string fileName, int limit);

    /// <summary>
    /// Replaces all of a page's links, categories, transclusions and file uses in one transaction; the
    /// renderer calls this with its exact tables, which refine the importer's scan.
    /// </summary>
    /// <param name="pageId">The library's page id.</param>
    /// <param name="links">The new link set.</param>
    /// <exception cref="LibraryException">The library is read-only, or the page does not exist.</exception>
    void ReplaceLinks(long pageId, PageLinks links);
}

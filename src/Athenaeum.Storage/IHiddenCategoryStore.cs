namespace Athenaeum.Storage;

/// <summary>
/// The stored hidden flag of each category page (<c>__HIDDENCAT__</c>, usually through a template such as
/// {{Hidden category}}): derived data the site fills after an import and corrects when it renders a category page,
/// so that no reader's request renders category pages to tell which Collections to leave out.
/// </summary>
/// <remarks>Thread-safe; share one instance. Writes need a writable library.</remarks>
public interface IHiddenCategoryStore
{
    /// <summary>Lists current category pages (namespace 14, not removed) in page-id order after a page id, with their stored decisions.</summary>
    /// <param name="afterPageId">The page id to list after; 0 to start at the beginning.</param>
    /// <param name="limit">The most pages to return.</param>
    /// <returns>The pages.</returns>
    IReadOnlyList<CategoryPageState> ListCategoryPages(long afterPageId, int limit);

    /// <summary>Gets the current page of a category with its stored decision.</summary>
    /// <param name="name">The category name without prefix, with spaces.</param>
    /// <returns>The page, or <see langword="null"/> when the category has no current page.</returns>
    CategoryPageState? GetCategoryPage(string name);

    /// <summary>Stores decisions (replacing earlier ones of the same pages) in one transaction.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    void Save(IReadOnlyCollection<HiddenCategoryDecision> decisions);

    /// <summary>Drops the decisions of pages that are no longer current category pages (a scan over the stored decisions: once a pass, not per save).</summary>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    void Prune();

    /// <summary>Counts the current category pages stored as hidden.</summary>
    /// <returns>How many.</returns>
    long CountHidden();
}

namespace Athenaeum.Storage;

/// <summary>
/// Listings for the Collections pages: every category in use with its member count, and a category's
/// members of one kind (subcategories, pages, files) in sort-key order, paged by a continuation.
/// </summary>
/// <remarks>Thread-safe; share one instance. Counts and members include current (not removed) pages only.</remarks>
public interface ICollectionStore
{
    /// <summary>Lists categories that current pages belong to, in name order, from a name on.</summary>
    /// <param name="fromName">The first name to list (inclusive); "" to start at the beginning.</param>
    /// <param name="limit">The most categories to return.</param>
    /// <returns>The categories with their member counts.</returns>
    IReadOnlyList<CollectionSummary> ListCollections(string fromName, int limit);

    /// <summary>Lists categories that current pages belong to, in reverse name order, before a name: for paging back.</summary>
    /// <param name="beforeName">The name to list before (exclusive).</param>
    /// <param name="limit">The most categories to return.</param>
    /// <returns>The categories with their member counts, the nearest to <paramref name="beforeName"/> first.</returns>
    IReadOnlyList<CollectionSummary> ListCollectionsBefore(string beforeName, int limit);

    /// <summary>Counts the categories that current pages belong to.</summary>
    /// <returns>The number of distinct categories.</returns>
    long CountCollections();

    /// <summary>Lists the largest categories.</summary>
    /// <param name="limit">The most categories to return.</param>
    /// <returns>The categories, largest first.</returns>
    IReadOnlyList<CollectionSummary> ListLargestCollections(int limit);

    /// <summary>Lists a category's members of one kind in sort-key order (then page-id order), after a continuation point.</summary>
    /// <param name="category">The category name without prefix, with spaces.</param>
    /// <param name="kind">Which members: subcategories, files or other pages.</param>
    /// <param name="after">Where the previous page ended, or <see langword="null"/> to start at the beginning.</param>
    /// <param name="limit">The most members to return.</param>
    /// <returns>The members.</returns>
    IReadOnlyList<CategoryMember> ListMembers(string category, CollectionMemberKind kind, CollectionPosition? after, int limit);

    /// <summary>Counts a category's members of one kind.</summary>
    /// <param name="category">The category name.</param>
    /// <param name="kind">Which members.</param>
    /// <returns>How many current pages of that kind belong to it.</returns>
    long CountMembers(string category, CollectionMemberKind kind);

    /// <summary>
    /// Lists the categories a reader sees, in name order, from a name on: as <see cref="ListCollections"/> without
    /// the categories whose current page is stored as hidden (<see cref="IHiddenCategoryStore"/>).
    /// </summary>
    /// <param name="fromName">The first name to list (inclusive); "" to start at the beginning.</param>
    /// <param name="limit">The most categories to return.</param>
    /// <returns>The categories with their member counts.</returns>
    IReadOnlyList<CollectionSummary> ListVisibleCollections(string fromName, int limit);

    /// <summary>Lists the categories a reader sees in reverse name order, before a name: for paging back.</summary>
    /// <param name="beforeName">The name to list before (exclusive).</param>
    /// <param name="limit">The most categories to return.</param>
    /// <returns>The categories, the nearest to <paramref name="beforeName"/> first.</returns>
    IReadOnlyList<CollectionSummary> ListVisibleCollectionsBefore(string beforeName, int limit);

    /// <summary>Counts the categories in use less those whose page is stored as hidden.</summary>
    /// <returns>The number of distinct visible categories.</returns>
    long CountVisibleCollections();

    /// <summary>Lists the largest categories in use whose page is not stored as hidden.</summary>
    /// <param name="limit">The most categories to return.</param>
    /// <returns>The categories, largest first.</returns>
    IReadOnlyList<CollectionSummary> ListLargestVisibleCollections(int limit);
}

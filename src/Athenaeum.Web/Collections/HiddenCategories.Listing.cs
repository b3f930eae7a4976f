using Athenaeum.Storage;

namespace Athenaeum.Web.Collections;

/// <content>
/// The Collections index and the home page: one query over the categories whose page is not stored as hidden
/// (<see cref="ICollectionStore.ListVisibleCollections"/>), less the hidden tracking categories without a page,
/// which are few (<see cref="TrackingNames"/>). A category page without a decision yet counts as visible here.
/// </content>
internal sealed partial class HiddenCategories
{
    /// <summary>Lists the largest Collections a reader should see on the home page: one query over visible categories, no renders.</summary>
    /// <param name="store">The library's Collections.</param>
    /// <param name="count">How many to list.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Up to <paramref name="count"/> Collections, largest first.</returns>
    public Task<IReadOnlyList<CollectionSummary>> ListLargestVisibleAsync(ICollectionStore store, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<CollectionSummary> kept = [.. store.ListLargestVisibleCollections(count + TrackingNames.Count).Where(IsListed).Take(count)];
        return Task.FromResult(kept);
    }

    /// <summary>
    /// Lists one page of the Collections index without hidden categories: reads on from <paramref name="fromName"/>
    /// until <paramref name="limit"/> visible Collections are found (or the index ends), so every page but the last is
    /// full, and finds where the next page starts.
    /// </summary>
    /// <param name="store">The library's Collections.</param>
    /// <param name="fromName">The first name of the page (inclusive); empty for the first page.</param>
    /// <param name="limit">Collections per page.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The page's Collections in name order, and the name the next page starts with (<see langword="null"/> on the last page).</returns>
    public Task<(IReadOnlyList<CollectionSummary> Collections, string? NextFrom)> ListVisibleCollectionsAsync(
        ICollectionStore store, string fromName, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        cancellationToken.ThrowIfCancellationRequested();

        // Only tracking categories without a page are left out after the query, so one read of limit + 1 + that many
        // rows usually fills the page; the loop covers the rest.
        var batch = limit + 1 + TrackingNames.Count;
        var visible = new List<CollectionSummary>(limit + 1);
        var cursor = fromName;
        string? last = null;
        while (visible.Count <= limit)
        {
            var rows = store.ListVisibleCollections(cursor, batch);
            foreach (var row in rows)
            {
                // Names are unique, and a batch starts at the previous batch's last name (inclusive).
                if (last is not null && string.Equals(row.Name, last, StringComparison.Ordinal))
                {
                    continue;
                }

                last = row.Name;
                if (IsListed(row))
                {
                    visible.Add(row);
                    if (visible.Count > limit)
                    {
                        break;
                    }
                }
            }

            if (rows.Count < batch || last is null)
            {
                break;
            }

            cursor = last;
        }

        (IReadOnlyList<CollectionSummary>, string?) page = visible.Count > limit ? (visible[..limit], visible[limit].Name) : (visible, null);
        return Task.FromResult(page);
    }

    /// <summary>
    /// Finds where the page before the one starting at <paramref name="fromName"/> starts: reads back from it until
    /// <paramref name="limit"/> visible Collections are found, so that paging back shows the same pages as paging
    /// forward from the first.
    /// </summary>
    /// <param name="store">The library's Collections.</param>
    /// <param name="fromName">The first name of the current page; empty on the first page.</param>
    /// <param name="limit">Collections per page.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The first name of the previous page; "" when it is the first page; <see langword="null"/> when there is none.</returns>
    public async Task<string?> FindPreviousFromAsync(ICollectionStore store, string fromName, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (fromName.Length == 0)
        {
            return null;
        }

        var batch = limit + 1 + TrackingNames.Count;
        var found = 0;
        var cursor = fromName;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = store.ListVisibleCollectionsBefore(cursor, batch);
            foreach (var row in rows)
            {
                if (IsListed(row))
                {
                    found++;
                    if (found == limit)
                    {
                        // A full page before this one: it starts here, unless nothing visible comes before it.
                        return await ListVisibleCollectionsAsync(store, string.Empty, 1, cancellationToken).ConfigureAwait(false) is ([var first], _)
                            && string.Equals(first.Name, row.Name, StringComparison.Ordinal) ? string.Empty : row.Name;
                    }
                }
            }

            if (rows.Count < batch)
            {
                return found == 0 ? null : string.Empty;
            }

            cursor = rows[^1].Name;
        }
    }

    /// <summary>Counts the Collections in use a reader sees: those whose page is not stored as hidden, less the hidden tracking categories without a page.</summary>
    /// <param name="store">The library's Collections.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The number the index and the home page show.</returns>
    public Task<long> CountVisibleCollectionsAsync(ICollectionStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        cancellationToken.ThrowIfCancellationRequested();
        var count = store.CountVisibleCollections();
        foreach (var name in TrackingNames)
        {
            if (!HasPage(name) && store.ListCollections(name, 1) is [var first] && string.Equals(first.Name, name, StringComparison.Ordinal))
            {
                count--;
            }
        }

        return Task.FromResult(Math.Max(0, count));
    }

    // A row of the visible-categories query is listed unless it is a tracking category without a page.
    private bool IsListed(CollectionSummary row) => !TrackingNames.Contains(row.Name) || HasPage(row.Name);
}

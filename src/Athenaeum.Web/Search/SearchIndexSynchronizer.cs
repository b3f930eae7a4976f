using Athenaeum.Import.Indexing;
using Athenaeum.Storage;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Search;

/// <summary>
/// Brings the search index in step with the library's pages: indexes pages that are new or changed
/// since they were indexed (title, folded title, trigrams and, for articles, their plain text) and
/// removes pages that are gone. Run by <c>athenaeum import</c> after an import and by the server at
/// start-up and after each import it notices; work is done in batches, so an interrupted run resumes.
/// </summary>
/// <remarks>Thread-safe: runs are serialized.</remarks>
internal sealed class SearchIndexSynchronizer
{
    /// <summary>Pages per write transaction.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// The most full-text segments left unmerged after synchronizing. FTS5's automatic merging (4 segments a level)
    /// keeps a few per level; more than this means a large part of the index came piece by piece.
    /// </summary>
    public const int MaxSegments = 8;

    /// <summary>The namespaces the index holds: articles.</summary>
    public static readonly IReadOnlyCollection<int> Namespaces = SearchDocumentBuilder.Namespaces;

    private readonly IPageStore _pages;
    private readonly ISearchIndex _index;
    private readonly WikitextStripper _stripper;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private readonly LibraryContext _library;

    public SearchIndexSynchronizer(LibraryContext library)
    {
        _library = library;
        _pages = library.Provider.Pages;
        _index = library.Stores.Search;
        _stripper = library.Stripper;
    }

    /// <summary>Brings the search index of an open library up to date (for <c>athenaeum import</c>).</summary>
    /// <param name="provider">The library, open for writing.</param>
    /// <param name="progress">Told the running count of pages done after every batch, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>How many pages were added, updated or removed.</returns>
    /// <exception cref="LibraryException">The library is empty, read-only, or its provider has no search index.</exception>
    public static async Task<int> SynchronizeLibraryAsync(ILibraryProvider provider, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        using var library = new LibraryContext(provider, new AthenaeumOptions { Library = provider.Location }, ownsProvider: false);
        return await new SearchIndexSynchronizer(library).SynchronizeAsync(progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Indexes every stale page and removes every orphan.</summary>
    /// <param name="progress">Told the running count of pages done after every batch, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>How many pages were added, updated or removed.</returns>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    public async Task<int> SynchronizeAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => Synchronize(progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private int Synchronize(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var changed = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var orphans = _index.GetOrphans(Namespaces, BatchSize);
            if (orphans.Count == 0)
            {
                break;
            }

            _index.Apply([], orphans);
            changed += orphans.Count;
            progress?.Report(changed);
        }

        long after = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stale = _index.GetStalePages(Namespaces, after, BatchSize);
            if (stale.Count == 0)
            {
                break;
            }

            var documents = new List<SearchDocument>(stale.Count);
            foreach (var page in stale)
            {
                var text = page.IsRedirect ? string.Empty : _pages.GetText(page.Id) ?? string.Empty;
                documents.Add(SearchDocumentBuilder.Create(page, text, _stripper, Target(page)));
            }

            _index.Apply(documents, []);
            changed += documents.Count;
            progress?.Report(changed);
            after = stale[^1].Id;
        }

        // Batches added piece by piece leave the full-text index in many segments (a library indexed by this
        // synchronizer rather than by its import had 12), each searched for every word: merge them into one.
        cancellationToken.ThrowIfCancellationRequested();
        _index.MergeSegments(MaxSegments);
        return changed;
    }

    private string? Target(PageRecord page)
        => page.RedirectTarget is { } target ? _library.PrefixedTitle(target.Namespace, target.Title) : null;
}

using Athenaeum.Storage;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Search;

/// <summary>
/// Tells whether the search index covers every article, for the search page's rebuild notice and
/// <c>/healthz?details</c>. Counting walks the articles' pages, so the answer is remembered: while the index
/// is incomplete (an import, a schema upgrade that emptied it, a read-only library indexed in part) it is
/// counted again at most every <see cref="RefreshInterval"/>; once complete it stays so until the next import.
/// </summary>
/// <remarks>Thread-safe: one count runs at a time, and readers meanwhile get the previous answer.</remarks>
internal sealed class SearchIndexStatus
{
    /// <summary>How long an incomplete count is trusted.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly ISearchIndex _index;
    private readonly TimeProvider _clock;
    private readonly Lock _counting = new();
    private volatile Snapshot? _current;

    public SearchIndexStatus(LibraryContext library, LibraryGeneration generation, TimeProvider clock)
    {
        _index = library.Stores.Search;
        _clock = clock;
        IsRebuilding = !library.Provider.IsReadOnly;
        generation.Changed += (_, _) => Invalidate();
    }

    /// <summary>Gets a value indicating whether an incomplete index is being filled (not on a read-only library, where it stays as it is).</summary>
    public bool IsRebuilding { get; }

    /// <summary>Gets the index's coverage, counted now or within <see cref="RefreshInterval"/>.</summary>
    /// <returns>The counts.</returns>
    public SearchIndexCoverage Get()
    {
        var current = _current;
        var now = _clock.GetUtcNow();
        if (current is not null && (current.Coverage.IsComplete || now - current.CountedAt < RefreshInterval))
        {
            return current.Coverage;
        }

        if (current is not null && !_counting.TryEnter())
        {
            return current.Coverage;
        }

        if (current is null)
        {
            _counting.Enter();
        }

        try
        {
            var coverage = _index.GetCoverage(SearchIndexSynchronizer.Namespaces);
            _current = new Snapshot(coverage, now);
            return coverage;
        }
        finally
        {
            _counting.Exit();
        }
    }

    /// <summary>Forgets the last count (the synchroniser changed the index, or an import changed the pages).</summary>
    public void Invalidate() => _current = null;

    private sealed record Snapshot(SearchIndexCoverage Coverage, DateTimeOffset CountedAt);
}

namespace Athenaeum.Storage;

/// <summary>A full-text hit.</summary>
/// <param name="PageId">The library's page id.</param>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The title without prefix.</param>
/// <param name="Score">The BM25 score (lower is better, as SQLite's FTS5 gives it).</param>
public sealed record SearchHit(long PageId, int Namespace, string Title, double Score)
{
    /// <summary>
    /// Gets where the page's text first matches, in words from its start (as the index counts them); <c>-1</c> when
    /// only the title matches, <see langword="null"/> when the index did not say. A snippet needs no search through
    /// the text of a page that matched by its title only.
    /// </summary>
    public int? FirstTextMatch { get; init; }
}

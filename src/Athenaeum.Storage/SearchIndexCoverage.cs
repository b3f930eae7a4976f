namespace Athenaeum.Storage;

/// <summary>How much of the library the search index covers: articles indexed at their current revision, of all articles.</summary>
/// <param name="Indexed">Articles (not redirects, not removed) whose current revision is in the index.</param>
/// <param name="Total">Articles in the indexed namespaces (not redirects, not removed).</param>
public sealed record SearchIndexCoverage(long Indexed, long Total)
{
    /// <summary>Gets a value indicating whether every article is indexed at its current revision.</summary>
    public bool IsComplete => Indexed >= Total;
}

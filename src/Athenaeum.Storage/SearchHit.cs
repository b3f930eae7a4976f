namespace Athenaeum.Storage;

/// <summary>A full-text hit.</summary>
/// <param name="PageId">The library's page id.</param>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The title without prefix.</param>
/// <param name="Score">The BM25 score (lower is better, as SQLite's FTS5 gives it).</param>
public sealed record SearchHit(long PageId, int Namespace, string Title, double Score);

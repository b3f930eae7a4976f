namespace Athenaeum.Storage;

/// <summary>What the search index holds.</summary>
/// <param name="Titles">Indexed pages (titles for suggestions), redirects included.</param>
/// <param name="Documents">Pages in the full-text index (redirects excluded).</param>
public sealed record SearchIndexCounts(long Titles, long Documents);

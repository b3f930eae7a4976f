namespace Athenaeum.Storage;

/// <summary>One page of full-text hits.</summary>
/// <param name="Hits">The hits, best first.</param>
/// <param name="Total">How many pages match in all.</param>
public sealed record SearchResultPage(IReadOnlyList<SearchHit> Hits, long Total);

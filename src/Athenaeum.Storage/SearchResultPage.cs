namespace Athenaeum.Storage;

/// <summary>One page of full-text hits.</summary>
/// <param name="Hits">The hits, best first.</param>
/// <param name="Total">How many pages match in all, or when <paramref name="IsTotalExact"/> is <see langword="false"/> a lower bound (the index stops counting at a limit).</param>
/// <param name="IsTotalExact">Whether <paramref name="Total"/> is the exact count.</param>
public sealed record SearchResultPage(IReadOnlyList<SearchHit> Hits, long Total, bool IsTotalExact = true);

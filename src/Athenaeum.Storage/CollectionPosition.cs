namespace Athenaeum.Storage;

/// <summary>Where a page of category members ended: the last member's sort key and page id, so that the next page starts after it.</summary>
/// <param name="SortKey">The last member's sort key.</param>
/// <param name="PageId">The last member's library page id (members with equal sort keys are in page-id order).</param>
public sealed record CollectionPosition(string SortKey, long PageId);

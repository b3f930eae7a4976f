namespace Athenaeum.Storage;

/// <summary>A current category page with its stored hidden flag.</summary>
/// <param name="PageId">The page (library page id).</param>
/// <param name="Title">The category name without prefix, with spaces.</param>
/// <param name="RevisionId">The page's current revision.</param>
/// <param name="IsRedirect">Whether the page is a redirect (then it does not hide its category).</param>
/// <param name="Decision">The stored decision, or <see langword="null"/> when none was made yet; it may be for an older revision.</param>
public sealed record CategoryPageState(long PageId, string Title, long RevisionId, bool IsRedirect, HiddenCategoryDecision? Decision)
{
    /// <summary>Gets a value indicating whether the stored decision is for the page's current revision (its templates may still have changed).</summary>
    public bool IsDecidedForRevision => Decision is { } d && d.RevisionId == RevisionId;
}

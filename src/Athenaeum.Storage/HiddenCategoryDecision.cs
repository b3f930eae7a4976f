namespace Athenaeum.Storage;

/// <summary>Whether a category page hides its category, and what the answer depends on.</summary>
/// <param name="PageId">The category page (library page id).</param>
/// <param name="RevisionId">The page revision the answer is for.</param>
/// <param name="IsHidden">Whether the page says <c>__HIDDENCAT__</c> (itself or through a template).</param>
/// <param name="Source">How it was decided.</param>
/// <param name="Dependencies">
/// The pages the expansion transcluded with the revisions it saw, one <c>namespace TAB revision TAB title</c> line each
/// (revision 0 for a missing page); the answer is stale when one of them has another revision now.
/// </param>
public sealed record HiddenCategoryDecision(long PageId, long RevisionId, bool IsHidden, HiddenCategorySource Source, string Dependencies);

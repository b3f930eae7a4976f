using Athenaeum.Storage;

namespace Athenaeum.Web.Collections;

/// <summary>One list of a Collection page (subcollections, articles or files), one page of it.</summary>
/// <param name="Kind">Which members.</param>
/// <param name="Members">The members on this page.</param>
/// <param name="Total">How many members of this kind the category has.</param>
/// <param name="Next">Where the next page starts, or <see langword="null"/> on the last page.</param>
/// <param name="IsFirstPage">Whether this is the first page.</param>
internal sealed record CollectionListing(CollectionMemberKind Kind, IReadOnlyList<CategoryMember> Members, long Total, CollectionPosition? Next, bool IsFirstPage);

namespace Athenaeum.Storage;

/// <summary>A page's membership of a category (a <b>Collection</b>), with its sort key.</summary>
/// <param name="Category">The category name without namespace prefix, with spaces ("1995 films").</param>
/// <param name="SortKeyPrefix">
/// The sort key written in the link (<c>[[Category:X|key]]</c>) or set by <c>{{DEFAULTSORT:…}}</c>; empty
/// when the page sorts under its own title (MediaWiki's <c>cl_sortkey_prefix</c>).
/// </param>
public sealed record CategoryMembership(string Category, string SortKeyPrefix);

namespace Athenaeum.Storage;

/// <summary>A member of a category with the key it sorts under.</summary>
/// <param name="Page">The member page.</param>
/// <param name="SortKey">The effective sort key: the explicit or DEFAULTSORT key, else the page's title.</param>
public sealed record CategoryMember(PageReference Page, string SortKey);

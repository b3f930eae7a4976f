namespace Athenaeum.Wikitext;

/// <summary>A category a page belongs to.</summary>
/// <param name="Name">The category name without namespace, with spaces ("1995 films").</param>
/// <param name="SortKey">The sort key given in the link, or "" for the default.</param>
public sealed record CategoryLink(string Name, string SortKey);

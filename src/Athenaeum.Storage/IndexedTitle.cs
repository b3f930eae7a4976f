namespace Athenaeum.Storage;

/// <summary>A title in the search index.</summary>
/// <param name="PageId">The library's page id.</param>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The title without prefix.</param>
/// <param name="NormalizedTitle">The folded title.</param>
/// <param name="RedirectTitle">The target's prefixed title when the page is a redirect, else <see langword="null"/>.</param>
public sealed record IndexedTitle(long PageId, int Namespace, string Title, string NormalizedTitle, string? RedirectTitle);

namespace Athenaeum.Web.Search;

/// <summary>A title suggested while the reader types.</summary>
/// <param name="Title">The title with its namespace prefix.</param>
/// <param name="Url">The article's address.</param>
/// <param name="RedirectsTo">For a redirect: the title it leads to, else <see langword="null"/>.</param>
internal sealed record TitleSuggestion(string Title, string Url, string? RedirectsTo);

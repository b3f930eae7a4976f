namespace Athenaeum.Web.Search;

/// <summary>A search result.</summary>
/// <param name="PrefixedTitle">The article's title with its namespace prefix.</param>
/// <param name="SnippetHtml">The text around the first match, escaped, with the query's words in <c>mark</c> elements.</param>
internal sealed record SearchResult(string PrefixedTitle, string SnippetHtml);

namespace Athenaeum.Web.Search;

/// <summary>One page of a search's results.</summary>
/// <param name="Query">The reader's query, trimmed.</param>
/// <param name="Results">The results on this page.</param>
/// <param name="Total">How many articles match (a lower bound unless <see cref="IsTotalExact"/>).</param>
/// <param name="Page">The page number (from 1).</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="ExactTitle">The prefixed title of an article whose title is the query, or <see langword="null"/>.</param>
/// <param name="DidYouMean">A near-miss title to suggest, or <see langword="null"/>.</param>
internal sealed record SearchResults(string Query, IReadOnlyList<SearchResult> Results, long Total, int Page, int PageSize, string? ExactTitle, string? DidYouMean)
{
    /// <summary>Gets a value indicating whether <see cref="Total"/> is exact (the index stops counting at a limit).</summary>
    public bool IsTotalExact { get; init; } = true;

    /// <summary>Gets the last word when no article had the whole words and the results are for words starting with it; otherwise <see langword="null"/>.</summary>
    public string? WidenedPrefix { get; init; }

    /// <summary>Gets the number of result pages.</summary>
    public int PageCount => (int)Math.Min(SearchService.MaxPages, (Total + PageSize - 1) / PageSize);
}

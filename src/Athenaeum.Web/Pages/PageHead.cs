namespace Athenaeum.Web.Pages;

/// <summary>What the layout needs to know about a page.</summary>
/// <param name="Title">The page's title (plain text; the library's name is added).</param>
/// <param name="Description">The meta description, or <see langword="null"/>.</param>
/// <param name="CanonicalPath">The canonical address (a path), or <see langword="null"/>.</param>
/// <param name="ArticleTitle">For an article: its prefixed title (for the Flag and Email links), else <see langword="null"/>.</param>
/// <param name="Query">The search box's text, or <see langword="null"/>.</param>
/// <param name="NoIndex">Whether search engines should not index the page.</param>
/// <param name="Attribution">For an article: the footer's attribution HTML, else <see langword="null"/>.</param>
/// <param name="BodyClass">A class for the body element, or <see langword="null"/>.</param>
internal sealed record PageHead(
    string Title,
    string? Description = null,
    string? CanonicalPath = null,
    string? ArticleTitle = null,
    string? Query = null,
    bool NoIndex = false,
    string? Attribution = null,
    string? BodyClass = null);

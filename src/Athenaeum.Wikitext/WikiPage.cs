using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext;

/// <summary>A stored page as the renderer sees it: its current text and what kind of content it is.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Text">The current revision's text (wikitext, Lua source, CSS …).</param>
/// <param name="ContentModel">The content model: "wikitext", "Scribunto", "sanitized-css", "css", "json" ….</param>
/// <param name="RedirectTarget">Where the page redirects, or <see langword="null"/>.</param>
/// <param name="PageId">The page id.</param>
/// <param name="RevisionId">The current revision id.</param>
/// <param name="Timestamp">When the current revision was saved.</param>
public sealed record WikiPage(
    PageTitle Title,
    string Text,
    string ContentModel,
    PageTitle? RedirectTarget,
    long PageId,
    long RevisionId,
    DateTimeOffset Timestamp);

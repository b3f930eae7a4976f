using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Bench.Render;

/// <summary>One page to render: its file name stem, title, ids and wikitext (loaded before timing starts).</summary>
/// <param name="Set">Which set the page belongs to ("library" or "articles").</param>
/// <param name="Name">The file name stem (the oracle's convention: title with '_' for ' ', percent-encoded).</param>
/// <param name="Title">The page title.</param>
/// <param name="PageId">The source page id (0 for a text file).</param>
/// <param name="RevisionId">The revision id (0 for a text file).</param>
/// <param name="Text">The wikitext.</param>
internal sealed record RenderJob(string Set, string Name, PageTitle Title, long PageId, long RevisionId, string Text)
{
    /// <summary>Gets the UTF-8 size of the wikitext.</summary>
    public int Bytes { get; } = System.Text.Encoding.UTF8.GetByteCount(Text);

    /// <summary>Gets the file name stem of a title: MediaWiki's rawurlencode of the title with underscores.</summary>
    /// <param name="title">The title with its namespace prefix.</param>
    /// <returns>The stem.</returns>
    public static string NameOf(string title) => Uri.EscapeDataString(title.Replace(' ', '_'));
}

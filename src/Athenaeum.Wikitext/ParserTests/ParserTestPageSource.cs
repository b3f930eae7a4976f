using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.ParserTests;

/// <summary>
/// The pages of a parser-test file (<c>!! article</c> blocks, plus the Main Page every test wiki has),
/// in memory, for transclusion and link colouring.
/// </summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
internal sealed partial class ParserTestPageSource : IPageSource
{
    private readonly Dictionary<(int Namespace, string Text), WikiPage> _pages = [];

    public ParserTestPageSource(TitleParser titles, IEnumerable<ParserTestArticle> articles)
    {
        var id = 1;
        foreach (var article in articles)
        {
            var title = titles.Parse(article.Title)
                ?? throw new FormatException($"Invalid article title '{article.Title}' at line {article.LineNumber}");
            var redirect = RedirectRegex().Match(article.Text);
            var target = redirect.Success ? titles.Parse(redirect.Groups[1].Value) : null;
            var model = title.Namespace == Site.StandardNamespaces.Module ? "Scribunto" : "wikitext";

            // Like MediaWiki's runner, a second article with the same title is kept only if identical; the first wins.
            _pages.TryAdd((title.Namespace, title.Text), new WikiPage(title, article.Text, model, target, id, id, DateTimeOffset.UnixEpoch));
            id++;
        }
    }

    /// <inheritdoc/>
    public WikiPage? GetPage(PageTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _pages.GetValueOrDefault((title.Namespace, title.Text));
    }

    /// <inheritdoc/>
    public bool Exists(PageTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _pages.ContainsKey((title.Namespace, title.Text));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The files MediaWiki's parser-test runner uploads (ParserTestRunner::setupUploads); a file page
    /// redirecting to one of them counts, as MediaWiki's file lookup follows redirects.
    /// </remarks>
    public bool FileExists(PageTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (UploadedFiles.Contains(title.DbKey))
        {
            return true;
        }

        var page = _pages.GetValueOrDefault((Site.StandardNamespaces.File, title.Text));
        return page?.RedirectTarget is { } target && UploadedFiles.Contains(target.DbKey);
    }

    private static readonly HashSet<string> UploadedFiles =
        new(["Foobar.jpg", "Foobar.svg", "Thumb.png", "Bad.jpg", "LoremIpsum.djvu", "Video.ogv", "Audio.oga"], StringComparer.Ordinal);

    [GeneratedRegex(@"^[ \t\n]*#REDIRECT[ \t]*:?[ \t]*\[\[([^\]|]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RedirectRegex();
}

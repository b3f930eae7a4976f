using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext;

/// <summary>
/// Where the renderer reads other pages from: templates, Lua modules, and page existence for link
/// colouring and <c>#ifexist</c>. Declared here and implemented by storage, so that the wikitext
/// library never touches a database (STYLE.md §2.5).
/// </summary>
/// <remarks>Implementations must be safe to call from several renders on different threads.</remarks>
public interface IPageSource
{
    /// <summary>Gets the current content of a page, without following redirects.</summary>
    /// <param name="title">The page's title (its fragment is ignored).</param>
    /// <returns>The page, or <see langword="null"/> when it does not exist.</returns>
    WikiPage? GetPage(PageTitle title);

    /// <summary>Tells whether a page exists; cheaper than <see cref="GetPage"/>.</summary>
    /// <param name="title">The page's title.</param>
    /// <returns><see langword="true"/> when the page exists.</returns>
    bool Exists(PageTitle title);

    /// <summary>
    /// Tells whether a page is a redirect, for the <c>mw-redirect</c> class of links to it. The default
    /// reads the page; implementations with an index should answer without loading the text.
    /// </summary>
    /// <param name="title">The page's title.</param>
    /// <returns><see langword="true"/> when the page exists and is a redirect.</returns>
    bool IsRedirect(PageTitle title) => GetPage(title)?.RedirectTarget is not null;

    /// <summary>
    /// Tells whether a media file exists: the uploaded file itself, not only its description page
    /// (for <c>{{#ifexist:Media:…}}</c>). A description page that redirects to an existing file
    /// counts. The default answers <see langword="false"/>, as on a wiki without uploads, which is
    /// what the oracle wikis are.
    /// </summary>
    /// <param name="title">The file's title (namespace File or Media).</param>
    /// <returns><see langword="true"/> when the file exists.</returns>
    bool FileExists(PageTitle title) => false;
}

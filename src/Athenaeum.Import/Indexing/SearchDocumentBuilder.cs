using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Import.Indexing;

/// <summary>
/// Makes the search index's document of a page: its title folded for prefix search, the trigrams of
/// that folded title, and, for an article, its wikitext stripped to plain text (a redirect gets the
/// prefixed title of its target instead). The import's workers build one per article as they compress
/// and scan it; the web server's synchronizer builds them for pages the import did not index.
/// </summary>
/// <remarks>Immutable and thread-safe: build one per wiki and share it.</remarks>
public sealed class SearchDocumentBuilder
{
    private readonly SiteConfiguration _site;

    /// <summary>Initializes a new instance of the <see cref="SearchDocumentBuilder"/> class.</summary>
    /// <param name="site">The wiki's configuration: its names of the File, Media and Category namespaces are dropped from the text, and redirect targets are prefixed with its namespace names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="site"/> is <see langword="null"/>.</exception>
    public SearchDocumentBuilder(SiteConfiguration site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
        Stripper = new WikitextStripper(
            NamespaceNames(site, StandardNamespaces.File).Concat(NamespaceNames(site, StandardNamespaces.Media)),
            NamespaceNames(site, StandardNamespaces.Category));
    }

    /// <summary>Gets the namespaces the search index holds: articles.</summary>
    public static IReadOnlyCollection<int> Namespaces { get; } = [StandardNamespaces.Main];

    /// <summary>Gets the stripper of this wiki's namespace names.</summary>
    public WikitextStripper Stripper { get; }

    /// <summary>Tells whether pages of a namespace belong in the search index.</summary>
    /// <param name="ns">The namespace number.</param>
    /// <returns><see langword="true"/> for articles.</returns>
    public static bool IsIndexed(int ns) => ns == StandardNamespaces.Main;

    /// <summary>Makes one search document from a stored page.</summary>
    /// <param name="page">The page.</param>
    /// <param name="text">Its wikitext (ignored for a redirect).</param>
    /// <param name="stripper">The stripper of the wiki's namespaces.</param>
    /// <param name="prefixedTarget">For a redirect, the prefixed title of its target.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> or <paramref name="stripper"/> is <see langword="null"/>.</exception>
    public static SearchDocument Create(PageRecord page, string? text, WikitextStripper stripper, string? prefixedTarget)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(stripper);
        return Create(page.Id, page.RevisionId, page.Namespace, page.Title, page.IsRedirect ? prefixedTarget ?? string.Empty : null, text, stripper);
    }

    /// <summary>Makes the search document of a page being imported, before it has a library id.</summary>
    /// <param name="revisionId">The revision the text comes from.</param>
    /// <param name="ns">The namespace number.</param>
    /// <param name="title">The title without namespace prefix.</param>
    /// <param name="redirect">Where the page redirects, or <see langword="null"/>.</param>
    /// <param name="text">Its wikitext.</param>
    /// <param name="compressor">Compresses the plain text for <see cref="SearchDocument.StoredBody"/> on the calling thread.</param>
    /// <returns>The document, whose <see cref="SearchDocument.PageId"/> is 0 until the writer knows it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="compressor"/> is <see langword="null"/>.</exception>
    public SearchDocument CreateForImport(long revisionId, int ns, string title, LinkTarget? redirect, string? text, TextCompressor compressor)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(compressor);
        var target = redirect is { } r ? (r.Namespace == StandardNamespaces.Main ? r.Title : _site.GetNamespaceName(r.Namespace) + ":" + r.Title) : null;
        var document = Create(0, revisionId, ns, title, target, text, Stripper);
        return document.RedirectTitle is null ? document with { StoredBody = compressor.Compress(document.Body) } : document;
    }

    private static SearchDocument Create(long pageId, long revisionId, int ns, string title, string? redirectTitle, string? text, WikitextStripper stripper)
    {
        var folded = TextFolding.Fold(title);
        var body = redirectTitle is null ? stripper.Strip(text ?? string.Empty) : string.Empty;
        return new SearchDocument(pageId, revisionId, ns, title, folded, redirectTitle, body, TextFolding.Trigrams(folded));
    }

    private static IEnumerable<string> NamespaceNames(SiteConfiguration site, int id)
    {
        if (!site.TryGetNamespace(id, out var ns))
        {
            return [];
        }

        return new[] { ns.Name, ns.CanonicalName }.Concat(ns.Aliases).Where(n => n.Length > 0);
    }
}

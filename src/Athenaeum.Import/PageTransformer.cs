using System.Collections.Concurrent;
using Athenaeum.Dump;
using Athenaeum.Import.Indexing;
using Athenaeum.Import.Scanning;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Import;

/// <summary>
/// The parallel stage of the import: turns dump pages into compressed, scanned page writes with their search documents, and
/// recognizes pages the library already holds so that they are neither compressed nor scanned.
/// </summary>
/// <remarks>Thread-safe: workers share one instance; each call rents its own compressor.</remarks>
internal sealed class PageTransformer
{
    private readonly IPageStore _pages;
    private readonly SiteConfiguration _site;
    private readonly TitleParser _titles;
    private readonly WikitextLinkScanner _scanner;
    private readonly TextCodec _codec;
    private readonly SearchDocumentBuilder _search;
    private readonly bool _checkUnchanged;
    private readonly ConcurrentBag<TextCompressor> _compressors = [];

    public PageTransformer(IPageStore pages, SiteConfiguration site, TextCodec codec, bool checkUnchanged)
    {
        _pages = pages;
        _site = site;
        _titles = new TitleParser(site);
        _scanner = new WikitextLinkScanner(_titles);
        _codec = codec;
        _search = new SearchDocumentBuilder(site);
        _checkUnchanged = checkUnchanged;
    }

    public PreparedPage Prepare(DumpPage page)
    {
        var revision = page.LatestRevision;
        var target = new LinkTarget(page.Namespace, TitleWithoutNamespace(page));
        if (revision?.Text is null || revision.Text.Length > CompressedText.MaxUtf8Length / 3)
        {
            return new PreparedPage(PreparedPageKind.Skip, page.Id, revision?.Id ?? 0, revision?.Timestamp, target, page.SourceOffset, null, null);
        }

        if (_checkUnchanged && _pages.GetPageBySourceId(page.Id) is { IsRemoved: false } stored
            && stored.RevisionId == revision.Id && stored.Namespace == target.Namespace
            && string.Equals(stored.Title, target.Title, StringComparison.Ordinal))
        {
            return new PreparedPage(PreparedPageKind.Unchanged, page.Id, revision.Id, revision.Timestamp, target, page.SourceOffset, null, page);
        }

        return new PreparedPage(PreparedPageKind.Write, page.Id, revision.Id, revision.Timestamp, target, page.SourceOffset, BuildWrite(page, revision, target), null);
    }

    /// <summary>Compresses and scans a page (also used by the writer when an unchanged candidate turns out changed).</summary>
    public PageWrite BuildWrite(DumpPage page, DumpRevision revision, LinkTarget target)
    {
        var text = revision.Text ?? string.Empty;
        var compressor = _compressors.TryTake(out var pooled) ? pooled : new TextCompressor(_codec);
        try
        {
            return BuildWrite(page, revision, target, text, compressor);
        }
        finally
        {
            _compressors.Add(compressor);
        }
    }

    private PageWrite BuildWrite(DumpPage page, DumpRevision revision, LinkTarget target, string text, TextCompressor compressor)
    {
        var compressed = compressor.Compress(text);

        var self = new PageTitle(target.Namespace, target.Title, _site.GetNamespaceName(target.Namespace));
        var links = _scanner.Scan(text, revision.Model, self);
        LinkTarget? redirect = null;
        if (page.RedirectTarget is { Length: > 0 } redirectText && _titles.Parse(redirectText) is { IsExternal: false } redirectTitle)
        {
            redirect = new LinkTarget(redirectTitle.Namespace, redirectTitle.Text);
        }

        var contributor = revision.Contributor?.UserName ?? revision.Contributor?.Ip;
        var sha1 = string.IsNullOrEmpty(revision.Sha1) ? Sha1Base36.Compute(text) : revision.Sha1;
        return new PageWrite(
            target.Namespace,
            target.Title,
            page.Id,
            revision.Id,
            revision.Timestamp,
            contributor,
            revision.Model,
            redirect,
            sha1,
            compressed,
            links)
        {
            // Articles get their search document here, on the parallel workers, so the writer only stores it.
            Search = SearchDocumentBuilder.IsIndexed(target.Namespace) ? _search.CreateForImport(revision.Id, target.Namespace, target.Title, redirect, text, compressor) : null,
        };
    }

    /// <summary>The title without its namespace prefix: a namespace name never holds a colon, so the prefix ends at the first one.</summary>
    private static string TitleWithoutNamespace(DumpPage page)
    {
        if (page.Namespace == StandardNamespaces.Main)
        {
            return page.Title;
        }

        var colon = page.Title.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? page.Title : page.Title[(colon + 1)..];
    }
}

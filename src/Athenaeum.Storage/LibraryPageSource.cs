using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Storage;

/// <summary>
/// The renderer's view of the library (<see cref="IPageSource"/>): templates, modules and page existence,
/// read from an <see cref="IPageStore"/> through a small least-recently-used cache, since one render
/// asks for the same templates many times and renders share templates.
/// </summary>
/// <remarks>
/// Thread-safe: share one instance between renders. The cache holds at most <see cref="MaxEntries"/>
/// pages and <see cref="MaxCachedChars"/> characters of text; call <see cref="Clear"/> after an import
/// changes the library.
/// </remarks>
public sealed class LibraryPageSource : IPageSource
{
    /// <summary>The most pages (present or missing) kept in the cache.</summary>
    public const int MaxEntries = 4096;

    /// <summary>The most characters of page text kept in the cache (64 Mi characters, 128 MiB).</summary>
    public const long MaxCachedChars = 64L * 1024 * 1024;

    private readonly IPageStore _pages;
    private readonly SiteConfiguration _site;
    private readonly Lock _lock = new();
    private readonly Dictionary<LinkTarget, LinkedListNode<CacheEntry>> _index = [];
    private readonly LinkedList<CacheEntry> _lru = new();
    private long _cachedChars;

    /// <summary>Initializes a new instance of the <see cref="LibraryPageSource"/> class.</summary>
    /// <param name="pages">The page store to read from.</param>
    /// <param name="site">The wiki's configuration, for the namespace names of redirect targets.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public LibraryPageSource(IPageStore pages, SiteConfiguration site)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(site);
        _pages = pages;
        _site = site;
    }

    /// <summary>Gets how many lookups the cache answered.</summary>
    public long CacheHits { get; private set; }

    /// <summary>Gets how many lookups went to the store.</summary>
    public long CacheMisses { get; private set; }

    /// <inheritdoc/>
    public WikiPage? GetPage(PageTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.IsExternal)
        {
            return null;
        }

        var key = new LinkTarget(title.Namespace, title.Text);
        if (TryGetCached(key, out var cached))
        {
            return cached.Page ?? (cached.Exists ? Load(key, title) : null);
        }

        return Load(key, title);
    }

    /// <inheritdoc/>
    public bool Exists(PageTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.IsExternal)
        {
            return false;
        }

        var key = new LinkTarget(title.Namespace, title.Text);
        if (TryGetCached(key, out var cached))
        {
            return cached.Exists;
        }

        var exists = _pages.Exists(key.Namespace, key.Title);
        Add(new CacheEntry(key, exists, null));
        return exists;
    }

    /// <summary>Empties the cache, for example after an import changed the library.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _index.Clear();
            _lru.Clear();
            _cachedChars = 0;
        }
    }

    private WikiPage? Load(LinkTarget key, PageTitle title)
    {
        var record = _pages.GetPage(key.Namespace, key.Title);
        var text = record is null ? null : _pages.GetText(record.Id);
        if (record is null || text is null)
        {
            Add(new CacheEntry(key, false, null));
            return null;
        }

        PageTitle? redirect = null;
        if (record.RedirectTarget is { } target)
        {
            redirect = new PageTitle(target.Namespace, target.Title, _site.GetNamespaceName(target.Namespace));
        }

        var page = new WikiPage(
            title.WithoutFragment,
            text,
            record.ContentModel,
            redirect,
            record.SourcePageId,
            record.RevisionId,
            record.RevisionTimestamp);
        Add(new CacheEntry(key, true, page));
        return page;
    }

    private bool TryGetCached(LinkTarget key, out CacheEntry entry)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _lru.Remove(node);
                _lru.AddFirst(node);
                CacheHits++;
                entry = node.Value;
                return true;
            }

            CacheMisses++;
        }

        entry = default;
        return false;
    }

    private void Add(CacheEntry entry)
    {
        var size = entry.Page?.Text.Length ?? 0;
        if (size > MaxCachedChars / 4)
        {
            // A huge page would evict everything else; it is read again when needed.
            return;
        }

        lock (_lock)
        {
            if (_index.TryGetValue(entry.Key, out var existing))
            {
                _cachedChars -= existing.Value.Page?.Text.Length ?? 0;
                _lru.Remove(existing);
            }

            var node = _lru.AddFirst(entry);
            _index[entry.Key] = node;
            _cachedChars += size;
            while (_lru.Count > MaxEntries || _cachedChars > MaxCachedChars)
            {
                var last = _lru.Last!;
                _lru.RemoveLast();
                _index.Remove(last.Value.Key);
                _cachedChars -= last.Value.Page?.Text.Length ?? 0;
            }
        }
    }

    private readonly record struct CacheEntry(LinkTarget Key, bool Exists, WikiPage? Page);
}

using Athenaeum.Storage;

namespace Athenaeum.Web.Rendering;

/// <summary>
/// Renderings kept in memory instead of in the library, for a library served read-only: at most a
/// configured number of bytes (HTML and metadata counted as UTF-16), the least recently used dropped
/// first. Lost when the server stops, so each page is rendered once per run.
/// </summary>
/// <remarks>Thread-safe: one lock around a dictionary and a recency list; every operation is O(1) but eviction.</remarks>
internal sealed class MemoryRenderCache : IRenderCache
{
    // The record, its strings' headers and the list node, roughly.
    private const long EntryOverhead = 160;

    private readonly Dictionary<long, LinkedListNode<RenderedRevision>> _entries = [];
    private readonly LinkedList<RenderedRevision> _recency = new();
    private readonly Lock _lock = new();
    private long _bytes;

    public MemoryRenderCache(long maxBytes)
    {
        MaxBytes = Math.Max(1 << 20, maxBytes);
    }

    /// <summary>Gets the most bytes the cache holds.</summary>
    public long MaxBytes { get; }

    /// <summary>Gets the bytes held now.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>Gets how many renderings are held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc/>
    public RenderedRevision? Get(long pageId)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(pageId, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
    }

    /// <inheritdoc/>
    public void Put(RenderedRevision rendering)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        var size = SizeOf(rendering);
        if (size > MaxBytes)
        {
            // Larger than the whole cache: keeping it would evict everything else for one page.
            Remove(rendering.PageId);
            return;
        }

        lock (_lock)
        {
            RemoveLocked(rendering.PageId);
            _entries[rendering.PageId] = _recency.AddFirst(rendering);
            _bytes += size;
            while (_bytes > MaxBytes && _recency.Last is { } oldest)
            {
                RemoveLocked(oldest.Value.PageId);
            }
        }
    }

    /// <inheritdoc/>
    public void Remove(long pageId)
    {
        lock (_lock)
        {
            RemoveLocked(pageId);
        }
    }

    /// <inheritdoc/>
    public long RemoveOtherVersions(string currentRendererVersion)
    {
        ArgumentNullException.ThrowIfNull(currentRendererVersion);
        lock (_lock)
        {
            var stale = _recency.Where(r => !string.Equals(r.RendererVersion, currentRendererVersion, StringComparison.Ordinal)).Select(r => r.PageId).ToList();
            foreach (var id in stale)
            {
                RemoveLocked(id);
            }

            return stale.Count;
        }
    }

    private static long SizeOf(RenderedRevision rendering)
        => EntryOverhead + (2L * (rendering.Html.Length + (rendering.Metadata?.Length ?? 0) + rendering.RendererVersion.Length));

    private void RemoveLocked(long pageId)
    {
        if (_entries.Remove(pageId, out var node))
        {
            _recency.Remove(node);
            _bytes -= SizeOf(node.Value);
        }
    }
}

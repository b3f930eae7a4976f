using System.Collections.Concurrent;

namespace Athenaeum.Web.Caching;

/// <summary>
/// Finished responses in memory, keyed by request (path and the query parameters that matter), each
/// tagged with the library generation it was made in: a response of an older generation is a miss.
/// Holds at most a configured number of bytes; beyond it, the least recently served quarter is dropped.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class ResponseCache
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private readonly long _maxBytes;
    private readonly Lock _evictLock = new();
    private long _bytes;

    public ResponseCache(long maxBytes)
    {
        _maxBytes = Math.Max(1 << 20, maxBytes);
    }

    /// <summary>Gets how many responses are held.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the bytes held (approximately: compressed forms made after insertion are counted at eviction).</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Finds a response of the current generation.</summary>
    /// <param name="key">The request key.</param>
    /// <param name="generation">The current generation number.</param>
    /// <param name="response">The response.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string key, long generation, out CachedResponse response)
    {
        if (_entries.TryGetValue(key, out response!) && response.Generation == generation)
        {
            response.LastUsed = Environment.TickCount64;
            return true;
        }

        return false;
    }

    /// <summary>Stores a response, replacing an older one.</summary>
    /// <param name="key">The request key.</param>
    /// <param name="response">The response.</param>
    public void Set(string key, CachedResponse response)
    {
        if (response.Body.Length > _maxBytes / 8)
        {
            return;
        }

        _entries.AddOrUpdate(
            key,
            k =>
            {
                Interlocked.Add(ref _bytes, response.Size);
                return response;
            },
            (k, old) =>
            {
                Interlocked.Add(ref _bytes, response.Size - old.Size);
                return response;
            });
        if (Interlocked.Read(ref _bytes) > _maxBytes)
        {
            Evict();
        }
    }

    /// <summary>Drops everything.</summary>
    public void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _bytes, 0);
    }

    private void Evict()
    {
        lock (_evictLock)
        {
            // Recount, since compressed forms grow entries after insertion.
            var all = _entries.ToArray();
            var total = all.Sum(e => e.Value.Size);
            if (total <= _maxBytes)
            {
                Interlocked.Exchange(ref _bytes, total);
                return;
            }

            Array.Sort(all, (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
            var target = _maxBytes * 3 / 4;
            foreach (var (key, value) in all)
            {
                if (total <= target)
                {
                    break;
                }

                if (_entries.TryRemove(new KeyValuePair<string, CachedResponse>(key, value)))
                {
                    total -= value.Size;
                }
            }

            Interlocked.Exchange(ref _bytes, total);
        }
    }
}

using System.Collections.Concurrent;

namespace Athenaeum.Storage.Sqlite.Ranking;

/// <summary>
/// What BM25 needs that FTS5 would read from disk for every query, kept in memory by <see cref="SearchRanking"/>:
/// <list type="bullet">
/// <item>the token count of each indexed page (title and body together), needed for every match: FTS5 keeps it in
/// its <c>_docsize</c> table, and reading it there is a statement run per match, which measured a fifth of a
/// search's CPU time. Counts are learned the first time a page matches and kept by page id, two bytes a page, in
/// blocks of <see cref="BlockSize"/> ids allocated as pages are seen, up to a memory limit;</item>
/// <item>how many pages hold each query word (for its IDF), which FTS5 counts by reading the word's whole list of
/// pages on every query: a tenth of a search's CPU time once page lengths were kept. Up to
/// <see cref="MaxFrequencies"/> words are kept.</item>
/// </list>
/// </summary>
/// <remarks>
/// Thread-safe. Page counts of 1 to 65,534 tokens are kept; 0 means "not known" and longer pages are always read
/// from FTS5. A page's count, and every word's page count, are forgotten when a page is indexed again or removed in
/// this process (<see cref="Forget"/>), and everything when another process may have changed the index
/// (<see cref="Clear"/>). What a query learned is kept only if nothing was forgotten since it started
/// (<see cref="Epoch"/>): its snapshot of the index may predate the change. A stale figure would only move pages in
/// the ranking, never change what matches.
/// </remarks>
internal sealed class RankingCache
{
    /// <summary>Page ids per block.</summary>
    public const int BlockSize = 1 << 16;

    /// <summary>The most words whose page counts are kept; past that the counts are dropped and learned again.</summary>
    public const int MaxFrequencies = 100_000;

    private const int BlockShift = 16;
    private const ushort Unknown = 0;
    private const ushort TooLong = ushort.MaxValue;

    private readonly int _maxBlocks;
    private readonly Lock _grow = new();
    private readonly ConcurrentDictionary<string, long> _frequencies = new(StringComparer.Ordinal);
    private volatile ushort[]?[] _blocks = [];
    private int _allocated;
    private long _epoch;

    /// <summary>Initializes a new instance of the <see cref="RankingCache"/> class.</summary>
    /// <param name="maxMiB">The memory page lengths may take, in MiB (0 keeps none: every count is read from FTS5; word counts are kept regardless).</param>
    public RankingCache(int maxMiB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxMiB);
        _maxBlocks = (int)Math.Min(int.MaxValue, maxMiB * 1024L * 1024 / (BlockSize * sizeof(ushort)));
    }

    /// <summary>
    /// Gets a number that changes whenever something is forgotten. A query takes it before it starts reading, and
    /// keeps nothing it learned once the number has changed.
    /// </summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    /// <summary>Gets the memory the page-length blocks allocated so far take, in bytes.</summary>
    public long AllocatedBytes => (long)Volatile.Read(ref _allocated) * BlockSize * sizeof(ushort);

    /// <summary>Looks up a page's token count.</summary>
    /// <param name="pageId">The page id (the FTS5 rowid).</param>
    /// <param name="tokens">The count, when known.</param>
    /// <returns><see langword="true"/> when the count is known.</returns>
    public bool TryGetLength(long pageId, out int tokens)
    {
        tokens = 0;
        var blocks = _blocks;
        var index = (ulong)pageId >> BlockShift;
        if (index >= (ulong)blocks.Length || blocks[index] is not { } block)
        {
            return false;
        }

        var value = Volatile.Read(ref block[pageId & (BlockSize - 1)]);
        if (value is Unknown or TooLong)
        {
            return false;
        }

        tokens = value;
        return true;
    }

    /// <summary>Remembers a page's token count read from FTS5, when the limits allow.</summary>
    /// <param name="pageId">The page id.</param>
    /// <param name="tokens">Its token count.</param>
    /// <param name="epoch">The <see cref="Epoch"/> taken before the query that read the count started.</param>
    public void SetLength(long pageId, int tokens, long epoch)
    {
        if (pageId < 0 || tokens < 0 || epoch != Epoch)
        {
            return;
        }

        var block = GetOrAddBlock((ulong)pageId >> BlockShift);
        if (block is not null)
        {
            Volatile.Write(ref block[pageId & (BlockSize - 1)], tokens is > Unknown and < TooLong ? (ushort)tokens : TooLong);
        }
    }

    /// <summary>Looks up how many pages hold a query phrase.</summary>
    /// <param name="key">The phrase as the query names it (a word, with a trailing <c>*</c> for a prefix).</param>
    /// <param name="pages">The count, when known.</param>
    /// <returns><see langword="true"/> when the count is known.</returns>
    public bool TryGetFrequency(string key, out long pages) => _frequencies.TryGetValue(key, out pages);

    /// <summary>Remembers how many pages hold a query phrase.</summary>
    /// <param name="key">The phrase as the query names it.</param>
    /// <param name="pages">The count FTS5 gave.</param>
    /// <param name="epoch">The <see cref="Epoch"/> taken before the query that counted started.</param>
    public void SetFrequency(string key, long pages, long epoch)
    {
        if (epoch != Epoch)
        {
            return;
        }

        if (_frequencies.Count >= MaxFrequencies)
        {
            _frequencies.Clear();
        }

        _frequencies[key] = pages;
    }

    /// <summary>Forgets a page's count and every word's page count (the page was indexed again or removed; call it once the change is committed).</summary>
    /// <param name="pageId">The page id.</param>
    public void Forget(long pageId)
    {
        Interlocked.Increment(ref _epoch);
        if (!_frequencies.IsEmpty)
        {
            _frequencies.Clear();
        }

        var blocks = _blocks;
        var index = (ulong)pageId >> BlockShift;
        if (index < (ulong)blocks.Length && blocks[index] is { } block)
        {
            Volatile.Write(ref block[pageId & (BlockSize - 1)], Unknown);
        }
    }

    /// <summary>Forgets everything (the index may have been changed by another process, or rebuilt).</summary>
    public void Clear()
    {
        lock (_grow)
        {
            Interlocked.Increment(ref _epoch);
            _frequencies.Clear();
            _blocks = [];
            _allocated = 0;
        }
    }

    private ushort[]? GetOrAddBlock(ulong index)
    {
        var blocks = _blocks;
        if (index < (ulong)blocks.Length && blocks[index] is { } existing)
        {
            return existing;
        }

        lock (_grow)
        {
            blocks = _blocks;
            if (index < (ulong)blocks.Length && blocks[index] is { } raced)
            {
                return raced;
            }

            if (_allocated >= _maxBlocks || index >= int.MaxValue / BlockSize)
            {
                return null;
            }

            if (index >= (ulong)blocks.Length)
            {
                var larger = new ushort[]?[Math.Max((int)index + 1, blocks.Length * 2)];
                blocks.CopyTo(larger, 0);
                blocks = larger;
            }

            var block = new ushort[BlockSize];
            blocks[index] = block;
            _allocated++;
            _blocks = blocks;
            return block;
        }
    }
}

namespace Athenaeum.Storage.Sqlite;

/// <summary>How to open a SQLite library.</summary>
public sealed record SqliteLibraryOptions
{
    /// <summary>The default of <see cref="ReaderCacheMiB"/>.</summary>
    public const int DefaultReaderCacheMiB = 32;

    /// <summary>The default of <see cref="RankingCacheMiB"/>.</summary>
    public const int DefaultRankingCacheMiB = 64;

    /// <summary>The default of <see cref="MmapMiB"/>.</summary>
    public const int DefaultMmapMiB = 1024;

    /// <summary>Gets the default of <see cref="MaxIdleReaders"/>: twice the processors, at least 4.</summary>
    public static int DefaultMaxIdleReaders => Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>Gets a value indicating whether to open the library read-only (it must exist and be migrated).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// Gets a value indicating whether a read-only library is opened as immutable (SQLite's <c>immutable=1</c>):
    /// no locks and no <c>-shm</c> file, so a library on read-only media (a DVD, a read-only mount) opens at all.
    /// Only safe when nothing can change the file while it is open and it has no <c>-wal</c> file
    /// (see <see cref="SqliteLibraryProvider.CanOpenImmutable"/>); ignored unless <see cref="ReadOnly"/>.
    /// </summary>
    public bool Immutable { get; init; }

    /// <summary>Gets the page cache of the writer's connection in MiB (SQLite <c>cache_size</c>).</summary>
    public int WriterCacheMiB { get; init; } = 256;

    /// <summary>Gets the page cache of each reader connection in MiB.</summary>
    public int ReaderCacheMiB { get; init; } = DefaultReaderCacheMiB;

    /// <summary>
    /// Gets the memory search ranking may use to keep each page's token count, in MiB (two bytes per page id, in
    /// blocks of 65,536 ids; 0 keeps none and every match's count is read from the index, about a fifth slower).
    /// </summary>
    public int RankingCacheMiB { get; init; } = DefaultRankingCacheMiB;

    /// <summary>Gets how much of the file readers map into memory in MiB (SQLite <c>mmap_size</c>; 0 turns mapping off).</summary>
    public int MmapMiB { get; init; } = DefaultMmapMiB;

    /// <summary>Gets how many idle reader connections are kept open.</summary>
    public int MaxIdleReaders { get; init; } = DefaultMaxIdleReaders;

    /// <summary>Gets how long a connection waits for a lock held by another connection before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

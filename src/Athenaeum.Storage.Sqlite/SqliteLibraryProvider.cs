using Athenaeum.Storage.Sqlite.Ranking;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>
/// The default library provider: one SQLite file in WAL mode. Opening it creates the file if needed
/// and applies pending migrations; readers share a pool of connections with prepared statements;
/// the importer's writer holds an exclusive lock file beside the database (<c>library.db.lock</c>).
/// </summary>
/// <remarks>Thread-safe: open one instance per library and share it.</remarks>
public sealed partial class SqliteLibraryProvider : ILibraryProvider
{
    /// <summary>The provider's name in configuration.</summary>
    public const string Name = "sqlite";

    private static readonly Lazy<bool> NativeLibrary = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private readonly SqliteConnectionPool _readers;
    private readonly SqliteConnection? _smallWrites;
    private readonly Lock _smallWriteLock = new();

    private SqliteLibraryProvider(string path, SqliteLibraryOptions options, SqliteConnection? smallWrites, int schemaVersion)
    {
        Location = path;
        Options = options;
        SchemaVersion = schemaVersion;
        _smallWrites = smallWrites;
        RankingCache = new RankingCache(Math.Max(0, options.RankingCacheMiB));
        _readers = new SqliteConnectionPool(OpenReaderConnection, options.MaxIdleReaders);
        Pages = new SqlitePageStore(this);
        Links = new SqliteLinkStore(this);
        Site = new SqliteSiteStore(this);
        ImportRuns = new SqliteImportRunStore(this);
        RenderCache = new SqliteRenderCache(this);
    }

    /// <inheritdoc/>
    public string ProviderName => Name;

    /// <inheritdoc/>
    public string Location { get; }

    /// <inheritdoc/>
    public int SchemaVersion { get; }

    /// <inheritdoc/>
    public bool IsReadOnly => Options.ReadOnly;

    /// <inheritdoc/>
    public IPageStore Pages { get; }

    /// <inheritdoc/>
    public ILinkStore Links { get; }

    /// <inheritdoc/>
    public ISiteStore Site { get; }

    /// <inheritdoc/>
    public IImportRunStore ImportRuns { get; }

    /// <inheritdoc/>
    public IRenderCache RenderCache { get; }

    /// <summary>Gets the options the library was opened with.</summary>
    internal SqliteLibraryOptions Options { get; }

    internal SqliteConnectionPool Readers => _readers;

    /// <summary>Gets what search ranking keeps in memory (<see cref="SqliteLibraryOptions.RankingCacheMiB"/>).</summary>
    internal RankingCache RankingCache { get; }

    /// <summary>Opens (and, unless read-only, creates and migrates) the library in a SQLite file.</summary>
    /// <param name="path">The database file, for example <c>./data/library.db</c>; its directory is created.</param>
    /// <param name="options">How to open it; defaults when <see langword="null"/>.</param>
    /// <returns>The open library.</returns>
    /// <exception cref="LibraryException">
    /// The file is missing (read-only), is not an Athenaeum library, is corrupt, or has a schema newer than this program.
    /// </exception>
    public static SqliteLibraryProvider Open(string path, SqliteLibraryOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new SqliteLibraryOptions();
        _ = NativeLibrary.Value;
        path = Path.GetFullPath(path);
        try
        {
            return options.ReadOnly ? OpenReadOnly(path, options) : OpenReadWrite(path, options);
        }
        catch (SqliteException ex)
        {
            throw new LibraryException($"{path}: cannot open the library: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Tells whether a library file can be opened immutable: it exists and has no <c>-wal</c> or <c>-shm</c> file
    /// beside it (a WAL file holds commits not yet in the main file, which an immutable reader would not see).
    /// The caller must also know that nothing writes the file while it is open (read-only media, a file it cannot write).
    /// </summary>
    /// <param name="path">The library file.</param>
    /// <returns><see langword="true"/> when immutable mode is safe as far as the files show.</returns>
    public static bool CanOpenImmutable(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.Exists(path) && !File.Exists(path + "-wal") && !File.Exists(path + "-shm");
    }

    /// <inheritdoc/>
    public ILibraryWriter OpenWriter(TimeProvider? timeProvider = null)
    {
        if (IsReadOnly)
        {
            throw new LibraryException($"{Location}: the library is open read-only.");
        }

        var lockFile = AcquireWriteLock();
        try
        {
            var connection = OpenConnection(SqliteOpenMode.ReadWrite);
            SqlitePragmas.ApplyToWriter(connection, Options);
            return new SqliteLibraryWriter(connection, lockFile, timeProvider ?? TimeProvider.System, RankingCache);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public Task OptimizeAsync(CancellationToken cancellationToken = default)
    {
        if (IsReadOnly)
        {
            return Task.CompletedTask;
        }

        cancellationToken.ThrowIfCancellationRequested();
        UseSmallWriter(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA optimize";
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
            return 0;
        });
        return Task.CompletedTask;
    }

    /// <summary>Gets the library's size on disk: the database file and its WAL and shared-memory files.</summary>
    /// <returns>The size in bytes.</returns>
    public long GetSizeOnDisk()
    {
        long size = 0;
        foreach (var file in new[] { Location, Location + "-wal", Location + "-shm" })
        {
            var info = new FileInfo(file);
            if (info.Exists)
            {
                size += info.Length;
            }
        }

        return size;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _readers.Dispose();
        lock (_smallWriteLock)
        {
            _smallWrites?.Dispose();
        }
    }

    /// <summary>Runs a short write (render cache, link replacement) on the shared read-write connection, serialized.</summary>
    internal T UseSmallWriter<T>(Func<SqliteConnection, T> action)
    {
        if (_smallWrites is null)
        {
            throw new LibraryException($"{Location}: the library is open read-only.");
        }

        lock (_smallWriteLock)
        {
            return action(_smallWrites);
        }
    }
}

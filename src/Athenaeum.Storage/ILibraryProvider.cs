namespace Athenaeum.Storage;

/// <summary>
/// A database engine holding a library (one wiki): the stores that read it and the writer that the
/// importer fills it with. Storage knows no provider; each engine is its own project (SQLite is the
/// default, <c>Athenaeum.Storage.Sqlite</c>), as Jellyfin's <c>IJellyfinDatabaseProvider</c> does.
/// </summary>
/// <remarks>
/// Implementations open the database, apply pending schema migrations and their connection settings
/// when they are created. The stores are thread-safe and may be shared by a whole web server; the
/// writer is single-threaded and exclusive (one per library at a time, across processes).
/// </remarks>
public interface ILibraryProvider : IDisposable
{
    /// <summary>Gets the provider's name, for example "sqlite".</summary>
    string ProviderName { get; }

    /// <summary>Gets where the library lives (a file path, or a connection description without secrets).</summary>
    string Location { get; }

    /// <summary>Gets the library's schema version after migration.</summary>
    int SchemaVersion { get; }

    /// <summary>Gets a value indicating whether the library was opened read-only.</summary>
    bool IsReadOnly { get; }

    /// <summary>Gets the pages and their texts.</summary>
    IPageStore Pages { get; }

    /// <summary>Gets the link tables: categories, page links, templates, files.</summary>
    ILinkStore Links { get; }

    /// <summary>Gets the site (the wiki) and the library's statistics.</summary>
    ISiteStore Site { get; }

    /// <summary>Gets the log of import runs.</summary>
    IImportRunStore ImportRuns { get; }

    /// <summary>Gets the rendered-HTML cache.</summary>
    IRenderCache RenderCache { get; }

    /// <summary>Opens the library's writer for an import.</summary>
    /// <param name="timeProvider">The clock for Reproduction Dates and update times; the system clock when <see langword="null"/>.</param>
    /// <returns>The writer; dispose it to release the library.</returns>
    /// <exception cref="LibraryException">The library is read-only, or another process is writing to it.</exception>
    ILibraryWriter OpenWriter(TimeProvider? timeProvider = null);

    /// <summary>Runs the engine's routine maintenance after a large write (statistics, journal checkpoint).</summary>
    /// <param name="cancellationToken">Cancels the maintenance.</param>
    /// <returns>A task that completes when the maintenance is done.</returns>
    Task OptimizeAsync(CancellationToken cancellationToken = default);
}

using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Web.Hosting;

/// <content>Opening the library: read-write, or read-only with a state database beside it.</content>
internal sealed partial class LibraryContext
{
    /// <summary>
    /// Opens the library file of the options: read-write when the server can write it, else (or when
    /// <see cref="AthenaeumOptions.ReadOnly"/> says so) read-only, with readers' input going to the state database.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The context.</returns>
    /// <exception cref="LibraryException">The library is missing, is not a library, is empty, or cannot be opened.</exception>
    public static LibraryContext Open(AthenaeumOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.Library);
        if (!File.Exists(path))
        {
            throw new LibraryException($"{path}: no library there; import a dump first ('athenaeum import DUMP --library {options.Library}') or set Athenaeum:Library.");
        }

        var notWritable = options.ReadOnly == false ? null : LibraryAccess.WhyNotWritable(path);
        if (options.ReadOnly != true && notWritable is null)
        {
            return OpenWith(SqliteLibraryProvider.Open(path, ReaderOptions(options)), options, null);
        }

        // Immutable only when nothing can change the file under us (we cannot write it, so an import by this
        // user cannot run either) and no WAL file holds commits the main file lacks.
        var immutable = notWritable is not null && SqliteLibraryProvider.CanOpenImmutable(path);
        SqliteLibraryProvider provider;
        try
        {
            provider = SqliteLibraryProvider.Open(path, ReaderOptions(options) with { ReadOnly = true, Immutable = immutable });
        }
        catch (LibraryException ex) when (notWritable is not null && !immutable && ex.InnerException is Microsoft.Data.Sqlite.SqliteException inner)
        {
            // SQLite must write the -shm file of a WAL library that has one; in a folder it cannot write, it cannot.
            throw new LibraryException(
                $"{path}: cannot open the library read-only: {notWritable} and a -wal or -shm file lies beside it, which SQLite must update "
                + $"({inner.Message}); close every program using it on a writable copy so that they go, or make the folder writable.",
                ex);
        }

        ReadOnlyServing serving;
        try
        {
            serving = OpenState(path, options, notWritable ?? "Athenaeum:ReadOnly (serve --read-only) is set") with { Immutable = immutable };
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return OpenWith(provider, options, serving);
    }

    /// <summary>The reader connections' settings of the options (page cache, mapping, connections kept), each at least its smallest sane value.</summary>
    internal static SqliteLibraryOptions ReaderOptions(AthenaeumOptions options) => new()
    {
        ReaderCacheMiB = Math.Max(1, options.ReaderCacheMiB),
        MmapMiB = Math.Max(0, options.MmapMiB),
        RankingCacheMiB = Math.Max(0, options.RankingCacheMiB),
        MaxIdleReaders = Math.Max(1, options.ReaderConnections),
    };

    private static LibraryContext OpenWith(ILibraryProvider provider, AthenaeumOptions options, ReadOnlyServing? serving)
    {
        try
        {
            return new LibraryContext(provider, options, ownsProvider: true, serving);
        }
        catch
        {
            provider.Dispose();
            serving?.State?.Dispose();
            throw;
        }
    }

    private static ReadOnlyServing OpenState(string libraryPath, AthenaeumOptions options, string reason)
    {
        var statePath = string.IsNullOrWhiteSpace(options.StatePath) ? LibraryAccess.DefaultStatePath(libraryPath) : Path.GetFullPath(options.StatePath);
        if (statePath is null)
        {
            return new ReadOnlyServing(reason, null, null, "the user has no data directory; set Athenaeum:StatePath (serve --state)");
        }

        if (string.Equals(statePath, libraryPath, StringComparison.Ordinal))
        {
            return new ReadOnlyServing(reason, null, null, $"the state database {statePath} is the library itself");
        }

        try
        {
            // The state database is a library file of its own (same schema, no pages): only its reader tables
            // (content_flag, mail_log, library_setting) are used. Open creates the folder and the file.
            return new ReadOnlyServing(reason, SqliteLibraryProvider.Open(statePath), statePath, null);
        }
        catch (Exception ex) when (ex is LibraryException or IOException or UnauthorizedAccessException)
        {
            return new ReadOnlyServing(reason, null, null, ex is LibraryException ? ex.Message : $"cannot use {statePath}: {ex.Message}");
        }
    }
}

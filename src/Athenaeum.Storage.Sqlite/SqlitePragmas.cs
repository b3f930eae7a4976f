using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>
/// Every SQLite setting the library uses, in one place (as Jellyfin's PragmaConnectionInterceptor).
/// WAL lets readers (the web server, <c>athenaeum info</c>) run while an import writes, and keeps a
/// killed import's committed batches intact; synchronous=NORMAL is durable against process crashes in
/// WAL mode and loses at most the last commits on power loss, never consistency.
/// </summary>
internal static class SqlitePragmas
{
    /// <summary>Marks a file as an Athenaeum library ("ATHE"), so that another SQLite file is refused.</summary>
    public const int ApplicationId = 0x41544845;

    /// <summary>Settings stored in the file, applied once when the library is created.</summary>
    public static void ApplyOnCreate(SqliteConnection connection)
    {
        // Large pages keep most compressed texts (a few KB) on one page instead of overflow chains.
        Execute(connection, "PRAGMA page_size = 8192");
        Execute(connection, "PRAGMA journal_mode = WAL");
        Execute(connection, "PRAGMA application_id = " + ApplicationId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Per-connection settings of the single writer.</summary>
    public static void ApplyToWriter(SqliteConnection connection, SqliteLibraryOptions options)
    {
        ApplyCommon(connection, options);
        Execute(connection, "PRAGMA synchronous = NORMAL");
        Execute(connection, "PRAGMA cache_size = " + (-1024L * options.WriterCacheMiB).ToString(CultureInfo.InvariantCulture));

        // Checkpoint every ~80 MB of WAL instead of every 4 MB: fewer, larger sequential checkpoints during an import.
        Execute(connection, "PRAGMA wal_autocheckpoint = 10000");
        Execute(connection, "PRAGMA mmap_size = 0");
    }

    /// <summary>Per-connection settings of a reader.</summary>
    public static void ApplyToReader(SqliteConnection connection, SqliteLibraryOptions options)
    {
        ApplyCommon(connection, options);
        Execute(connection, "PRAGMA cache_size = " + (-1024L * options.ReaderCacheMiB).ToString(CultureInfo.InvariantCulture));
        Execute(connection, "PRAGMA mmap_size = " + (1024L * 1024 * options.MmapMiB).ToString(CultureInfo.InvariantCulture));
        Execute(connection, "PRAGMA query_only = 1");
    }

    private static void ApplyCommon(SqliteConnection connection, SqliteLibraryOptions options)
    {
        Execute(connection, "PRAGMA busy_timeout = " + ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        Execute(connection, "PRAGMA temp_store = MEMORY");
        Execute(connection, "PRAGMA foreign_keys = OFF");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

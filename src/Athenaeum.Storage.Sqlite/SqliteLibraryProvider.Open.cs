using System.Globalization;
using Athenaeum.Storage.Sqlite.Migrations;
using Athenaeum.Storage.Sqlite.Ranking;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <content>Opening files, checking that they are libraries, and the write lock.</content>
public sealed partial class SqliteLibraryProvider
{
    private static SqliteLibraryProvider OpenReadOnly(string path, SqliteLibraryOptions options)
    {
        if (!File.Exists(path))
        {
            throw new LibraryException($"{path}: no library here (create one with 'athenaeum import DUMP --library {path}').");
        }

        using var connection = CreateConnection(path, SqliteOpenMode.ReadOnly, options.Immutable);
        connection.Open();
        CheckApplicationId(connection, path);
        var version = SqliteMigrator.GetVersion(connection);
        if (version != SqliteMigrator.LatestVersion)
        {
            throw new LibraryException(version > SqliteMigrator.LatestVersion
                ? $"{path}: library schema version {version} is newer than this program's {SqliteMigrator.LatestVersion}; use a newer Athenaeum."
                : $"{path}: library schema version {version} needs migrating to {SqliteMigrator.LatestVersion}; open it once for writing: 'athenaeum serve --library {path}' (without --read-only) migrates it as it starts, and so does the next 'athenaeum import' into it.");
        }

        return new SqliteLibraryProvider(path, options, null, version);
    }

    private static SqliteLibraryProvider OpenReadWrite(string path, SqliteLibraryOptions options)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = CreateConnection(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            connection.Open();
            if (IsEmpty(connection))
            {
                SqlitePragmas.ApplyOnCreate(connection);
            }
            else
            {
                CheckApplicationId(connection, path);
            }

            SqlitePragmas.ApplyToWriter(connection, options with { WriterCacheMiB = Math.Min(options.WriterCacheMiB, 16) });
            var version = SqliteMigrator.Migrate(connection, path, DateTimeOffset.UtcNow);
            return new SqliteLibraryProvider(path, options, connection, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool IsEmpty(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0;
    }

    private static void CheckApplicationId(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA application_id";
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (id != SqlitePragmas.ApplicationId)
        {
            throw new LibraryException($"{path}: this SQLite file is not an Athenaeum library (application_id {id}).");
        }
    }

    private static SqliteConnection CreateConnection(string path, SqliteOpenMode mode, bool immutable = false)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            // An immutable library is named by a URI (https://sqlite.org/uri.html): the parameter has no
            // connection-string keyword. The path is absolute (Open makes it so); '%', '?' and '#' are escaped.
            DataSource = immutable && mode == SqliteOpenMode.ReadOnly ? "file:" + EscapeUriPath(path) + "?immutable=1" : path,
            Mode = mode,

            // Private cache: each connection has its own page cache, as WAL readers should (shared cache
            // would serialize them). Pooling off: SqliteConnectionPool keeps connections with their statements.
            Cache = SqliteCacheMode.Private,
            Pooling = false,
        };
        return new SqliteConnection(builder.ToString());
    }

    private static string EscapeUriPath(string path)
        => path.Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3f", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal);

    private SqliteConnection OpenConnection(SqliteOpenMode mode)
    {
        var connection = CreateConnection(Location, mode, Options.ReadOnly && Options.Immutable);
        connection.Open();
        return connection;
    }

    private SqliteConnection OpenReaderConnection()
    {
        var connection = OpenConnection(IsReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite);
        SqlitePragmas.ApplyToReader(connection, Options);
        SearchRanking.Register(connection, RankingCache);
        return connection;
    }

    private FileStream AcquireWriteLock()
    {
        var lockPath = Location + ".lock";
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock on Unix) that the OS releases when the
            // process dies, even by SIGKILL, so a killed import never leaves the library locked.
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException ex)
        {
            throw new LibraryException($"{Location}: another import is writing to this library (lock {lockPath} is held).", ex);
        }
    }
}

using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Athenaeum.Storage.Sqlite;

/// <summary>
/// A statement prepared once on SQLite's own API and stepped directly, for the import's hot paths
/// (link rows, page rows): Microsoft.Data.Sqlite builds a data reader for every execution, which costs
/// more than the row insert itself. It runs inside whatever transaction the connection has open.
/// </summary>
/// <remarks>Not thread-safe: bound to one connection, used by one thread.</remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, string? value) => Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));

    /// <summary>Binds a blob; an empty one as a zero-length blob, not as NULL (an empty span has no address to pass).</summary>
    public void Bind(int index, ReadOnlySpan<byte> blob)
        => Check(blob.IsEmpty ? raw.sqlite3_bind_zeroblob(_statement, index, 0) : raw.sqlite3_bind_blob(_statement, index, blob));

    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs a statement that returns no rows (or ignores them) and resets it.</summary>
    /// <returns>The number of rows changed.</returns>
    public int Execute()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw Error(result);
        }

        return raw.sqlite3_changes(_db);
    }

    /// <summary>Steps to the next row; call <see cref="Reset"/> when done reading.</summary>
    /// <returns><see langword="true"/> when a row is available.</returns>
    public bool Step()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        raw.sqlite3_reset(_statement);
        return result == raw.SQLITE_DONE ? false : throw Error(result);
    }

    /// <summary>Gets the rowid of the connection's last successful INSERT.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    public void Reset() => raw.sqlite3_reset(_statement);

    public long GetInt64(int column) => raw.sqlite3_column_int64(_statement, column);

    public string GetString(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw Error(result);
        }
    }

    private SqliteException Error(int result) => new("SQLite Error " + result.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + raw.sqlite3_errmsg(_db).utf8_to_string(), result);
}

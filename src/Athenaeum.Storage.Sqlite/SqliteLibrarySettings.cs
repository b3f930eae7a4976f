namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="ILibrarySettings"/>: the <c>library_setting</c> table.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class SqliteLibrarySettings : ILibrarySettings
{
    private const string GetSql = "SELECT value FROM library_setting WHERE name = $p0";

    private readonly SqliteLibraryProvider _library;

    public SqliteLibrarySettings(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public string? Get(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(GetSql, 1);
            SqliteValues.Bind(command, name);
            return command.ExecuteScalar() as string;
        });
    }

    /// <inheritdoc/>
    public string GetOrAdd(string name, Func<string> create)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(create);
        var existing = Get(name);
        if (existing is not null)
        {
            return existing;
        }

        // INSERT OR IGNORE then read back inside the serialized writer: concurrent first users all get one value.
        return _library.UseSmallWriter(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT OR IGNORE INTO library_setting (name, value) VALUES ($n, $v)";
            command.Parameters.AddWithValue("$n", name);
            command.Parameters.AddWithValue("$v", create());
            command.ExecuteNonQuery();
            command.CommandText = "SELECT value FROM library_setting WHERE name = $n";
            return (string)command.ExecuteScalar()!;
        });
    }

    /// <inheritdoc/>
    public void Set(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _library.UseSmallWriter(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO library_setting (name, value) VALUES ($n, $v) ON CONFLICT (name) DO UPDATE SET value = excluded.value";
            command.Parameters.AddWithValue("$n", name);
            command.Parameters.AddWithValue("$v", value);
            return command.ExecuteNonQuery();
        });
    }
}

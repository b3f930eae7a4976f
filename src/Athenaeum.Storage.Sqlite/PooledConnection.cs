using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>An open connection with its prepared statements, reused across calls by <see cref="SqliteConnectionPool"/>.</summary>
/// <remarks>Not thread-safe: one caller at a time rents it.</remarks>
internal sealed class PooledConnection : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public PooledConnection(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>Gets a prepared command for a SQL text, creating it on first use; its parameters are named $p0, $p1 ….</summary>
    public SqliteCommand Command(string sql, int parameterCount)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < parameterCount; i++)
            {
                command.Parameters.AddWithValue(SqliteParameterNames.Positional[i], DBNull.Value);
            }

            command.Prepare();
            _commands[sql] = command;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        Connection.Dispose();
    }
}

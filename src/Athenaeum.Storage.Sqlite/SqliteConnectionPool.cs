using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>
/// Reader connections kept open with their prepared statements, so that a lookup costs a statement
/// step and not a connection open and a statement compile. Microsoft.Data.Sqlite's own pooling is
/// off because it would drop the prepared statements.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class SqliteConnectionPool : IDisposable
{
    private readonly ConcurrentBag<PooledConnection> _idle = [];
    private readonly Func<SqliteConnection> _open;
    private readonly int _maxIdle;
    private int _idleCount;
    private bool _disposed;

    public SqliteConnectionPool(Func<SqliteConnection> open, int maxIdle)
    {
        _open = open;
        _maxIdle = maxIdle;
    }

    public PooledConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            return connection;
        }

        return new PooledConnection(_open());
    }

    public void Return(PooledConnection connection)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > _maxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
    }

    /// <summary>Runs a query on a rented connection.</summary>
    public T Use<T>(Func<PooledConnection, T> action)
    {
        var connection = Rent();
        try
        {
            return action(connection);
        }
        finally
        {
            Return(connection);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}

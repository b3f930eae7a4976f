namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteReaderOptionsTests
{
    [Fact]
    public void Open_ReaderCacheAndMmap_AreTheReaderConnectionsPragmas()
    {
        // Arrange
        using var library = new TemporaryLibrary();

        // Act
        var provider = library.Reopen(new SqliteLibraryOptions { ReaderCacheMiB = 7, MmapMiB = 3 });
        var (cache, mmap) = provider.Readers.Use(c => (Pragma(c, "cache_size"), Pragma(c, "mmap_size")));

        // Assert
        Assert.Equal(-7L * 1024, cache);
        Assert.Equal(3L * 1024 * 1024, mmap);
    }

    [Fact]
    public void Return_MoreThanMaxIdleReaders_KeepsOnlyThatManyOpen()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        var provider = library.Reopen(new SqliteLibraryOptions { MaxIdleReaders = 1 });
        var first = provider.Readers.Rent();
        var second = provider.Readers.Rent();

        // Act
        provider.Readers.Return(first);
        provider.Readers.Return(second);
        var again = provider.Readers.Rent();

        // Assert: the second was closed rather than kept; the one kept is handed out again.
        Assert.Same(first, again);
        Assert.Equal(System.Data.ConnectionState.Closed, second.Connection.State);
        provider.Readers.Return(again);
    }

    private static long Pragma(PooledConnection connection, string name)
    {
        using var command = connection.Connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return (long)command.ExecuteScalar()!;
    }
}

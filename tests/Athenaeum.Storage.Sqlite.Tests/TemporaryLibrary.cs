namespace Athenaeum.Storage.Sqlite.Tests;

/// <summary>A library in a fresh temporary directory, deleted on dispose.</summary>
internal sealed class TemporaryLibrary : IDisposable
{
    public TemporaryLibrary()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "athenaeum-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Path = System.IO.Path.Combine(Root, "library.db");
        Provider = SqliteLibraryProvider.Open(Path);
    }

    public string Root { get; }

    public string Path { get; }

    public SqliteLibraryProvider Provider { get; private set; }

    public SqliteLibraryProvider Reopen(SqliteLibraryOptions? options = null)
    {
        Provider.Dispose();
        Provider = SqliteLibraryProvider.Open(Path, options);
        return Provider;
    }

    public void Dispose()
    {
        Provider.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}

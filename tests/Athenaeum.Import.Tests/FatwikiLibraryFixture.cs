using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Import.Tests;

/// <summary>The whole Fante Wikipedia dump imported once, shared by the tests that read it.</summary>
public sealed class FatwikiLibraryFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();

    public static string DumpPath => CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2");

    public SqliteLibraryProvider Library { get; private set; } = null!;

    public ImportSummary Summary { get; private set; } = null!;

    public string LibraryPath => _directory.File("library.db");

    public async Task InitializeAsync()
    {
        Library = SqliteLibraryProvider.Open(LibraryPath);
        Summary = await new DumpImporter(Library, new ImportOptions { BatchSize = 500 }).ImportAsync(DumpPath);
    }

    public Task DisposeAsync()
    {
        Library.Dispose();
        _directory.Dispose();
        return Task.CompletedTask;
    }
}

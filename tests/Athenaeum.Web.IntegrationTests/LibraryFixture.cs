using Athenaeum.Import;
using Athenaeum.Storage.Sqlite;
using Athenaeum.Web.Search;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// The demo wiki (plus one page of hostile wikitext) imported by the real importer into a temporary
/// SQLite library, its search index filled as <c>athenaeum import</c> fills it, and the site served
/// over it by <see cref="WebApplicationFactory{TEntryPoint}"/>. Shared by every test class.
/// </summary>
public sealed class LibraryFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    /// <summary>Gets the temporary directory (library and operator files).</summary>
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "athenaeum-web-" + Guid.NewGuid().ToString("N"));

    /// <summary>Gets the library file.</summary>
    public string LibraryPath => Path.Combine(Directory, "library.db");

    /// <summary>Gets how many pages the search index took in after the import.</summary>
    public int IndexedPages { get; private set; }

    /// <summary>Gets how many titles the search index held after the import and the synchronizer.</summary>
    public long IndexedTitles { get; private set; }

    /// <summary>Gets the running counts the search index reported while it was filled.</summary>
    public List<int> IndexProgress { get; } = [];

    /// <summary>Gets the site.</summary>
    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Gets a client that does not follow redirects.</summary>
    /// <returns>The client.</returns>
    public HttpClient CreateClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var demo = await File.ReadAllTextAsync(Path.Combine(CorpusPaths.RepositoryRoot, "demo", "athenaeum-demo.xml"));
        var hostile = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "hostile-page.xml"));
        var end = demo.LastIndexOf("</mediawiki>", StringComparison.Ordinal);
        var dump = Path.Combine(Directory, "demowiki-20260201-pages-articles.xml");
        await File.WriteAllTextAsync(dump, demo[..end] + hostile + demo[end..]);
        using (var library = SqliteLibraryProvider.Open(LibraryPath))
        {
            await new DumpImporter(library, new ImportOptions()).ImportAsync(dump);
            IndexedPages = await SearchIndexSynchronizer.SynchronizeLibraryAsync(library, new RecordingProgress(IndexProgress));
            IndexedTitles = library.Search.GetCounts().Titles;
        }

        // The operator overrides the Privacy Policy; the Terms of Use stay the built-in default.
        await File.WriteAllTextAsync(Path.Combine(Directory, "privacy.md"), "# Our privacy\n\nOperator text for {site} with <script>alert(1)</script>.\n");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Athenaeum:Library", LibraryPath);
            builder.UseSetting("Athenaeum:DataDirectory", Directory);
            builder.UseSetting("Athenaeum:Publisher", "Test Press");
            builder.UseSetting("Athenaeum:SynchronizeSearchOnStart", "false");
        });
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the temp directory is cleaned by the system.
        }
    }
}

/// <summary>Records every report, on the reporting thread.</summary>
internal sealed class RecordingProgress(List<int> reports) : IProgress<int>
{
    public void Report(int value) => reports.Add(value);
}

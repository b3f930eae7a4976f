using System.Net;
using Athenaeum.Import;
using Athenaeum.Storage.Sqlite;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>An import into the library a running server serves: the server notices it, drops its caches and indexes the new pages.</summary>
public sealed class LiveImportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "athenaeum-live-" + Guid.NewGuid().ToString("N"));

    public LiveImportTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task ImportWhileServing_NewPage_AppearsInPagesSearchAndHome()
    {
        // Arrange: the demo imported and served.
        var library = Path.Combine(_directory, "library.db");
        var demo = await File.ReadAllTextAsync(Path.Combine(CorpusPaths.RepositoryRoot, "demo", "athenaeum-demo.xml"));
        await ImportAsync(library, Path.Combine(_directory, "demowiki-20260101-pages-articles.xml"), demo);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Athenaeum:Library", library);
            b.UseSetting("Athenaeum:GenerationCheckSeconds", "0.2");
        });
        using var client = factory.CreateClient();
        var before = await client.GetAsync(new Uri("/wiki/Fresh_page", UriKind.Relative));
        var homeBefore = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        // Act: a newer dump with one more page.
        var page = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "hostile-page.xml")))
            .Replace("Hostile page", "Fresh page", StringComparison.Ordinal).Replace("quarantine zebra", "freshly xylophone", StringComparison.Ordinal);
        var end = demo.LastIndexOf("</mediawiki>", StringComparison.Ordinal);
        await ImportAsync(library, Path.Combine(_directory, "demowiki-20260301-pages-articles.xml"), demo[..end] + page + demo[end..]);
        HttpResponseMessage after = before;
        string search = string.Empty;
        string homeAfter = string.Empty;
        for (var i = 0; i < 100; i++)
        {
            after = await client.GetAsync(new Uri("/wiki/Fresh_page", UriKind.Relative));
            search = await client.GetStringAsync(new Uri("/search?q=xylophone", UriKind.Relative));
            // The import indexes the page itself, so search can find it before the server notices the import and drops
            // its cached counts: wait for the home page too.
            homeAfter = await client.GetStringAsync(new Uri("/", UriKind.Relative));
            if (after.StatusCode == HttpStatusCode.OK && search.Contains("/wiki/Fresh_page", StringComparison.Ordinal)
                && homeAfter.Contains("21 articles in English", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(100);
        }

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("/wiki/Fresh_page", search, StringComparison.Ordinal);
        Assert.Contains("20 articles in English", homeBefore, StringComparison.Ordinal);
        Assert.Contains("21 articles in English", homeAfter, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaner.
        }
    }

    private static async Task ImportAsync(string library, string dumpPath, string xml)
    {
        await File.WriteAllTextAsync(dumpPath, xml);
        using var provider = SqliteLibraryProvider.Open(library);
        await new DumpImporter(provider, new ImportOptions()).ImportAsync(dumpPath);
    }
}

using System.Net;
using System.Text.Json;
using Athenaeum.Import;
using Athenaeum.Storage.Sqlite;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// A library whose search index is partly filled (as after a schema upgrade emptied it and the synchroniser
/// has refilled part): the search page says how much is indexed and /healthz?details reports it; once the
/// server's synchroniser has filled the index the notice goes.
/// </summary>
public sealed class SearchRebuildNoticeTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();

    private string LibraryPath => _directory.File("library.db");

    public async Task InitializeAsync()
    {
        var dump = _directory.File("rebuildwiki-20260301-pages-articles.xml");
        await File.WriteAllTextAsync(dump, SmallDumpSite.Dump(
            ("Alder", 0, "The alder tree grows by rivers."),
            ("Birch", 0, "The birch tree has white bark."),
            ("Cedar", 0, "The cedar tree is fragrant."),
            ("Elm", 0, "The elm tree is tall."),
            ("Fir", 0, "The fir tree is evergreen."),
            ("Hazel", 0, "The hazel tree gives nuts."),
            ("Category:Trees", 14, "Trees.")));
        using var library = SqliteLibraryProvider.Open(LibraryPath);
        await new DumpImporter(library, new ImportOptions()).ImportAsync(dump);

        // Two articles out of the index, as a rebuild that has not reached them yet.
        library.Search.Apply([], [library.Pages.GetPage(0, "Elm")!.Id, library.Pages.GetPage(0, "Hazel")!.Id]);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GetSearch_IndexPartlyFilled_ShowsRebuildNoticeWithCounts()
    {
        // Arrange
        await using var factory = CreateFactory(synchronize: false);
        using var client = factory.CreateClient();

        // Act
        var (response, page) = await HtmlPage.GetAsync(client, "/search?q=tree");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The search index is being rebuilt: 4 of 6 articles indexed; results may be incomplete.", page.Text(".search-rebuilding"));
        Assert.Equal(4, page.QuerySelectorAll(".search-results > li").Length);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task GetHealthDetails_IndexPartlyFilled_ReportsRebuilding()
    {
        // Arrange
        await using var factory = CreateFactory(synchronize: false);
        using var client = factory.CreateClient();

        // Act
        var plain = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
        using var details = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz?details", UriKind.Relative)));

        // Assert
        Assert.Equal("ok", plain);
        var index = details.RootElement.GetProperty("searchIndex");
        Assert.Equal("rebuilding", index.GetProperty("state").GetString());
        Assert.Equal(4, index.GetProperty("indexed").GetInt64());
        Assert.Equal(6, index.GetProperty("total").GetInt64());
        Assert.False(details.RootElement.GetProperty("readOnly").GetBoolean());
    }

    [Fact]
    public async Task GetSearch_SynchroniserFillsTheIndex_NoticeGoes()
    {
        // Arrange: the server brings the index up to date at start-up.
        await using var factory = CreateFactory(synchronize: true);
        using var client = factory.CreateClient();

        // Act: wait for the synchroniser.
        string? state = null;
        for (var i = 0; i < 100 && state != "complete"; i++)
        {
            using var details = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz?details", UriKind.Relative)));
            state = details.RootElement.GetProperty("searchIndex").GetProperty("state").GetString();
            await Task.Delay(100);
        }

        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=hazel");

        // Assert
        Assert.Equal("complete", state);
        Assert.Null(page.QuerySelector(".search-rebuilding"));
        Assert.Contains("/wiki/Hazel", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSearch_ReadOnlyLibraryPartlyIndexed_SaysIncompleteAndIndexStaysAsItIs()
    {
        // Arrange: read-only serving does not run the synchroniser, even when asked to at start-up.
        await using var factory = CreateFactory(synchronize: true, ("Athenaeum:ReadOnly", "true"), ("Athenaeum:StatePath", _directory.File("state.db")));
        using var client = factory.CreateClient();
        await Task.Delay(1000);

        // Act
        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=tree");
        using var details = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz?details", UriKind.Relative)));

        // Assert
        Assert.Equal("The search index of this read-only library is incomplete: 4 of 6 articles indexed; results may be incomplete.", page.Text(".search-rebuilding"));
        var index = details.RootElement.GetProperty("searchIndex");
        Assert.Equal("incomplete", index.GetProperty("state").GetString());
        Assert.Equal(4, index.GetProperty("indexed").GetInt64());
        Assert.True(details.RootElement.GetProperty("readOnly").GetBoolean());
    }

    private WebApplicationFactory<Program> CreateFactory(bool synchronize, params (string Key, string Value)[] settings) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Athenaeum:Library", LibraryPath);
        builder.UseSetting("Athenaeum:DataDirectory", _directory.Root);
        builder.UseSetting("Athenaeum:SynchronizeSearchOnStart", synchronize ? "true" : "false");
        builder.UseSetting("Athenaeum:GenerationCheckSeconds", "0.1");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    });
}

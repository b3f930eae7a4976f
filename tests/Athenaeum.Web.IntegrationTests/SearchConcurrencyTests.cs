using System.Net;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Search;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Athenaeum.Web.IntegrationTests;

[Collection(LibraryCollection.Name)]
public sealed class SearchConcurrencyTests
{
    private readonly LibraryFixture _fixture;

    public SearchConcurrencyTests(LibraryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task GetSearch_ManyAtOnceWithOneSearchAtATime_AnswersEachAsWhenAskedAlone()
    {
        // Arrange
        using var factory = _fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Athenaeum:SearchConcurrency", "1"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        string[] queries = ["tidal mill", "lighthouse", "wrenmouth", "harbour", "mill", "keeper", "coast", "river"];
        var alone = new List<string>();
        foreach (var query in queries)
        {
            alone.Add(await ResultTitlesAsync(client, query + " "));
        }

        // Act: the same queries (a trailing space: not the kept answers) all at once, twice over.
        var together = await Task.WhenAll(queries.Concat(queries).Select(q => ResultTitlesAsync(client, q)));

        // Assert
        Assert.Equal(1, factory.Services.GetRequiredService<SearchService>().MaxConcurrentSearches);
        Assert.Equal(alone.Concat(alone), together);
        Assert.Contains(together, t => t.Length > 0);
    }

    [Fact]
    public async Task SearchAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        // Arrange
        var search = _fixture.Factory.Services.GetRequiredService<SearchService>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // Act / Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search.SearchAsync("tidal mill", 1, cancelled.Token));
    }

    [Fact]
    public void ReaderOptions_Settings_ReachTheLibraryOptionsWithinSaneBounds()
    {
        // Arrange
        var options = new AthenaeumOptions { ReaderCacheMiB = 64, MmapMiB = 2000, ReaderConnections = 6 };
        var nonsense = new AthenaeumOptions { ReaderCacheMiB = 0, MmapMiB = -5, ReaderConnections = 0 };

        // Act
        var set = LibraryContext.ReaderOptions(options);
        var clamped = LibraryContext.ReaderOptions(nonsense);

        // Assert
        Assert.Equal((64, 2000, 6), (set.ReaderCacheMiB, set.MmapMiB, set.MaxIdleReaders));
        Assert.Equal((1, 0, 1), (clamped.ReaderCacheMiB, clamped.MmapMiB, clamped.MaxIdleReaders));
    }

    private static async Task<string> ResultTitlesAsync(HttpClient client, string query)
    {
        var (response, page) = await HtmlPage.GetAsync(client, "/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("|", page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent));
    }
}

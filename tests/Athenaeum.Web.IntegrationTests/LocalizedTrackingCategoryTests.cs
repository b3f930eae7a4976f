using System.Net;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// On a German wiki without <c>MediaWiki:</c> message pages the engine names its tracking categories in
/// German, as MediaWiki 1.39 does ("Seiten mit defekten Dateilinks"), and the site hides them under those
/// names: from the article's Collections, and from a fresh server's Collections index.
/// </summary>
public sealed class LocalizedTrackingCategoryTests : IAsyncLifetime
{
    private SmallDumpSite? _site;

    public async Task InitializeAsync()
    {
        var text = SmallDumpSite.Dump(
                ("Reiher", 0, "Der Reiher.\n[[File:Fehlt.jpg|mini|Ein Reiher]]\n[[Category:Vögel]]"),
                ("Falke", 0, "Der Falke.\n[[Category:Vögel]]\n[[Category:Seiten mit Vorlagenschleifen]]"))
            .Replace("xml:lang=\"en\"", "xml:lang=\"de\"", StringComparison.Ordinal);
        _site = await SmallDumpSite.CreateAsync("dewiki-20260301-pages-articles.xml", text);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetCollections_GermanWikiFreshServer_HidesTheGermanTrackingCategory()
    {
        // Arrange
        using var client = _site!.Factory.CreateClient();

        // Act: the index first, before any article is rendered.
        var (response, index) = await HtmlPage.GetAsync(client, "/collections");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = index.QuerySelectorAll(".collection-index li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/collection/V%C3%B6gel"], listed);
    }

    [Fact]
    public async Task GetArticle_GermanWikiPicture_FiledUnderTheGermanTrackingCategoryAndHidden()
    {
        // Arrange
        using var client = _site!.Factory.CreateClient();

        // Act
        var (response, page) = await HtmlPage.GetAsync(client, "/wiki/Reiher");
        var members = await WaitForMemberAsync(client, "/collection/Seiten_mit_defekten_Dateilinks", "Reiher");

        // Assert: the engine filed the page under the German name, and the site does not show it.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(members, "the picture files Reiher under Seiten mit defekten Dateilinks");
        var links = page.QuerySelectorAll(".meta-collection dd a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/collection/V%C3%B6gel"], links);
    }

    // The links the renderer found are stored in the background; wait until the Collection lists the page.
    private static async Task<bool> WaitForMemberAsync(HttpClient client, string collection, string member)
    {
        for (var i = 0; i < 100; i++)
        {
            var response = await client.GetAsync(new Uri(collection, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("/wiki/" + member + "\"", StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}

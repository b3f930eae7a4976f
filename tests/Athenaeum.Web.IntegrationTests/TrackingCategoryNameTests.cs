using System.Net;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// Which categories count as the parser's tracking categories is known before any page is rendered: from
/// the engine's table under the names the wiki's <c>MediaWiki:</c> message pages give them (a renamed one
/// under its new name, one set to <c>-</c> not at all). Checked on a fresh server whose first request is
/// the Collections index, with category links stored by the import.
/// </summary>
public sealed class TrackingCategoryNameTests : IAsyncLifetime
{
    private const string Renamed = "Seiten mit defekten Dateilinks";

    private SmallDumpSite? _site;

    public async Task InitializeAsync()
    {
        _site = await SmallDumpSite.CreateAsync("namewiki-20260301-pages-articles.xml", SmallDumpSite.Dump(
            ("Heron", 0, "The heron.\n[[File:Missing heron.jpg|thumb|A heron]]\n[[Category:Birds]]\n[[Category:" + Renamed + "]]"
                + "\n[[Category:Pages with broken file links]]\n[[Category:Pages with script errors]]\n[[Category:Pages with template loops]]"),
            ("MediaWiki:Broken-file-category", 8, Renamed),
            ("MediaWiki:Scribunto-common-error-category", 8, "-")));
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetCollections_FreshServerNothingRendered_HidesTrackingCategoriesUnderTheWikisNames()
    {
        // Arrange: a fresh server; the index is its first request, so no page has been rendered.
        using var client = _site!.Factory.CreateClient();

        // Act
        var (response, index) = await HtmlPage.GetAsync(client, "/collections");
        var (_, home) = await HtmlPage.GetAsync(client, "/");

        // Assert: the renamed category and an untouched one are hidden; the old name of the renamed one and
        // the one the wiki turned off are ordinary categories.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = index.QuerySelectorAll(".collection-index li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/collection/Birds", "/collection/Pages_with_broken_file_links", "/collection/Pages_with_script_errors"], listed);
        Assert.Contains("3", index.Text(".collection-count"), StringComparison.Ordinal);
        Assert.DoesNotContain("Seiten_mit_defekten_Dateilinks", home.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Pages_with_template_loops", home.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("/collection/Pages_with_script_errors", home.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetArticle_RenamedTrackingCategory_HiddenUnderItsNewNameOnly()
    {
        // Arrange
        using var client = _site!.Factory.CreateClient();

        // Act
        var (response, page) = await HtmlPage.GetAsync(client, "/wiki/Heron");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll(".meta-collection dd a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/collection/Birds", "/collection/Pages_with_broken_file_links", "/collection/Pages_with_script_errors"], links);
    }
}

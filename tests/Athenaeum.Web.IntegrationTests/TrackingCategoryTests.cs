using System.Globalization;
using System.Net;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// Tracking categories the parser adds ("Pages with broken file links", "Pages with script errors",
/// "Pages with reference errors") in a library built by the real importer from a small dump: hidden from an
/// article's Collections and from the Collections index unless the wiki has a category page for them without
/// __HIDDENCAT__; a category with __HIDDENCAT__ on its page stays hidden.
/// </summary>
public sealed class TrackingCategoryTests : IAsyncLifetime
{
    private SmallDumpSite? _site;

    public async Task InitializeAsync()
    {
        _site = await SmallDumpSite.CreateAsync("trackwiki-20260301-pages-articles.xml", SmallDumpSite.Dump(
            ("Heron", 0, "The heron stands still.\n[[File:Missing heron picture.jpg|thumb|A heron]]\n[[Category:Birds]]\n[[Category:Articles with hCards]]"),
            ("Kestrel", 0, "The kestrel hovers. {{#invoke:No such module|main}}\n[[Category:Birds]]"),
            ("Owl", 0, "The owl hunts at night.<ref name=\"nowhere\" />\n<references />\n[[Category:Birds]]"),
            ("Category:Birds", 14, "Birds of the wiki."),
            ("Category:Articles with hCards", 14, "__HIDDENCAT__\nMaintenance category."),
            ("Category:Pages with script errors", 14, "__HIDDENCAT__\nPages whose modules fail."),
            ("Category:Pages with reference errors", 14, "Pages whose references need fixing; shown to readers on purpose.")));
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetArticle_TrackingCategories_HiddenUnlessTheirPageExistsWithoutHiddencat()
    {
        // Arrange
        using var client = _site!.Factory.CreateClient();

        // Act
        var heron = await CollectionLinksAsync(client, "/wiki/Heron");
        var kestrel = await CollectionLinksAsync(client, "/wiki/Kestrel");
        var owl = await CollectionLinksAsync(client, "/wiki/Owl");

        // Assert: no page for the broken-file category, a __HIDDENCAT__ page for script errors, a plain
        // page for reference errors; the wiki's own hidden category stays hidden.
        Assert.Equal(["/collection/Birds"], heron);
        Assert.Equal(["/collection/Birds"], kestrel);
        Assert.Equal(["/collection/Pages_with_reference_errors", "/collection/Birds"], owl);
    }

    [Fact]
    public async Task GetCollections_HiddenTrackingCategories_LeftOutOfTheIndexButStillReachable()
    {
        // Arrange: the site files a page under its tracking categories when it renders it.
        using var client = _site!.Factory.CreateClient();
        foreach (var article in new[] { "/wiki/Heron", "/wiki/Kestrel", "/wiki/Owl" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(article, UriKind.Relative))).StatusCode);
        }

        await WaitForMemberAsync(client, "/collection/Pages_with_broken_file_links", "Heron");
        await WaitForMemberAsync(client, "/collection/Pages_with_script_errors", "Kestrel");
        await WaitForMemberAsync(client, "/collection/Pages_with_reference_errors", "Owl");

        // Act
        var (_, index) = await HtmlPage.GetAsync(client, "/collections");
        var (_, home) = await HtmlPage.GetAsync(client, "/");

        // Assert
        var listed = index.QuerySelectorAll(".collection-index li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/collection/Birds", listed);
        Assert.Contains("/collection/Pages_with_reference_errors", listed);
        Assert.DoesNotContain("/collection/Pages_with_broken_file_links", listed);
        Assert.DoesNotContain("/collection/Pages_with_script_errors", listed);
        Assert.DoesNotContain("/collection/Articles_with_hCards", listed);
        Assert.Equal(listed.Count, CountIn(index.Text(".collection-count")));
        Assert.DoesNotContain("/collection/Pages_with_broken_file_links", home.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHome_HiddencatCategory_LeftOutOfTheLargestCollections()
    {
        // Arrange: "Articles with hCards" says __HIDDENCAT__ on its page; Birds is an ordinary category.
        using var client = _site!.Factory.CreateClient();

        // Act
        var (response, home) = await HtmlPage.GetAsync(client, "/");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = home.QuerySelectorAll(".home-collections li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/collection/Birds"], listed);
    }

    private static async Task<List<string?>> CollectionLinksAsync(HttpClient client, string url)
    {
        var (response, page) = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. page.QuerySelectorAll(".meta-collection dd a").Select(a => a.GetAttribute("href"))];
    }

    // The links the renderer found are stored in the background; wait until the Collection lists the page.
    private static async Task WaitForMemberAsync(HttpClient client, string collection, string member)
    {
        for (var i = 0; i < 100; i++)
        {
            var response = await client.GetAsync(new Uri(collection, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("/wiki/" + member + "\"", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail(collection + " never listed " + member);
    }

    // "3 Collections.": the count the index prints.
    private static int CountIn(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"\d+");
        return int.Parse(match.Value, CultureInfo.InvariantCulture);
    }
}

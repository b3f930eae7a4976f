using System.Net;

namespace Athenaeum.Web.IntegrationTests;

[Collection(LibraryCollection.Name)]
public sealed class CollectionTests
{
    private readonly LibraryFixture _fixture;

    public CollectionTests(LibraryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task GetCollection_Films_ShowsTextSubcollectionsAndTitleCasedName()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/collection/Films");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Articles about films", page.Text(".collection-description"), StringComparison.Ordinal);
        var subcollections = page.QuerySelectorAll("#sub .member-list a").Select(a => a.TextContent).ToList();
        Assert.Contains("1990s Films", subcollections);
    }

    [Fact]
    public async Task GetCollection_SmallPages_PagesInSortKeyOrderWithoutGapsOrRepeats()
    {
        using var client = _fixture.CreateClient();
        var (_, all) = await HtmlPage.GetAsync(client, "/collection/People");
        var expected = all.QuerySelectorAll("#sub .member-list a").Select(a => a.TextContent).ToList();
        Assert.True(expected.Count >= 3, "People has several subcollections");

        var seen = new List<string>();
        var url = "/collection/People?limit=2";
        for (var i = 0; i < 20 && url is not null; i++)
        {
            var (_, page) = await HtmlPage.GetAsync(client, url);
            var members = page.QuerySelectorAll("#sub .member-list a").Select(a => a.TextContent).ToList();
            Assert.True(members.Count <= 2);
            seen.AddRange(members);
            url = page.QuerySelector("#sub a.pager-next")?.GetAttribute("href");
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task GetCollection_Members_AreInSortKeyOrder()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/collection/Films_shot_in_Wrenmouth");

        var titles = page.QuerySelectorAll("#page .member-list a").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(titles);

        // "The Salt Orchard" sorts under "Salt Orchard, The" ({{DEFAULTSORT}}), so a plain title sort would differ where it applies.
        var sortKeys = titles.Select(t => t.StartsWith("The ", StringComparison.Ordinal) ? t[4..] : t).ToList();
        Assert.Equal(sortKeys.Order(StringComparer.OrdinalIgnoreCase), sortKeys);
    }

    [Fact]
    public async Task GetCollection_Missing_Returns404()
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetAsync(new Uri("/collection/No_such_collection_at_all", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetCollections_Index_ListsCountsAndPages()
    {
        using var client = _fixture.CreateClient();

        var (_, first) = await HtmlPage.GetAsync(client, "/collections?limit=10");
        var names = first.QuerySelectorAll(".collection-index li a").Select(a => a.TextContent).ToList();
        var next = first.QuerySelector("a.pager-next")!.GetAttribute("href")!;
        var (_, second) = await HtmlPage.GetAsync(client, next);
        var more = second.QuerySelectorAll(".collection-index li a").Select(a => a.TextContent).ToList();

        Assert.Equal(10, names.Count);
        Assert.NotEmpty(more);
        Assert.Empty(names.Intersect(more));
        Assert.Matches(@"^\(\d+\)$", first.QuerySelector(".collection-index li .count")!.TextContent);
    }
}

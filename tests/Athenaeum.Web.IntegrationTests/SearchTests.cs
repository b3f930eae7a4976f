using System.Net;
using System.Text.Json;

namespace Athenaeum.Web.IntegrationTests;

[Collection(LibraryCollection.Name)]
public sealed class SearchTests
{
    private readonly LibraryFixture _fixture;

    public SearchTests(LibraryFixture fixture) => _fixture = fixture;

    [Fact]
    public void SynchronizeLibrary_AfterImport_FindsEverythingIndexedByTheImport()
    {
        // The import itself indexed the demo's 28 main-namespace pages (redirects included) and the hostile page: the
        // synchronizer the fixture ran afterwards had nothing left to do, and the index holds all 29.
        Assert.Equal(0, _fixture.IndexedPages);
        Assert.Empty(_fixture.IndexProgress);
        Assert.Equal(29, _fixture.IndexedTitles);
    }

    [Fact]
    public async Task GetSearch_Words_ListsMatchingArticlesWithTitleMatchFirst()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/search?q=tidal+mill");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal("Wrenmouth Tidal Mill", titles[0]);
        Assert.All(page.QuerySelectorAll(".search-snippet"), s => Assert.NotEmpty(s.QuerySelectorAll("mark")));
    }

    [Fact]
    public async Task GetSearch_Snippet_MarksWordsAndEscapesText()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=zebra");

        var snippet = page.QuerySelector(".search-snippet")!;
        Assert.Equal("zebra", snippet.QuerySelector("mark")!.TextContent, ignoreCase: true);
        Assert.Empty(snippet.QuerySelectorAll("script, b, img"));
        Assert.All(snippet.Children, c => Assert.Equal("MARK", c.TagName));
    }

    [Fact]
    public async Task GetSearch_QueryWithMarkup_IsEchoedEscaped()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+salt");

        Assert.Contains("<script>alert(1)</script>", page.Text("h1.page-title"), StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/static/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Equal("<script>alert(1)</script> salt", page.QuerySelector(".site-search input")!.GetAttribute("value"));
    }

    [Fact]
    public async Task GetSearch_SecondPage_ContinuesTheList()
    {
        using var client = _fixture.CreateClient();

        var (_, first) = await HtmlPage.GetAsync(client, "/search?q=the");
        var (_, second) = await HtmlPage.GetAsync(client, "/search?q=the&page=2");

        var firstTitles = first.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent).ToList();
        var secondTitles = second.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(20, firstTitles.Count);
        Assert.NotEmpty(secondTitles);
        Assert.Empty(firstTitles.Intersect(secondTitles));
        Assert.Equal("21", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
        Assert.NotNull(first.QuerySelector(".pager a.pager-next[href='/search?q=the&page=2']"));
    }

    [Fact]
    public async Task GetSearch_WholeWordFound_IsNotWidenedToLongerWords()
    {
        using var client = _fixture.CreateClient();

        var (_, whole) = await HtmlPage.GetAsync(client, "/search?q=wren");
        var (_, asked) = await HtmlPage.GetAsync(client, "/search?q=wren*");

        var wholeTitles = Titles(whole);
        var askedTitles = Titles(asked);
        Assert.NotEmpty(wholeTitles);
        Assert.Null(whole.QuerySelector(".search-widened"));
        Assert.Null(asked.QuerySelector(".search-widened"));
        Assert.Subset(askedTitles.ToHashSet(), wholeTitles.ToHashSet());
        Assert.True(askedTitles.Count > wholeTitles.Count, $"wren* should also find Wrenmouth: {askedTitles.Count} vs {wholeTitles.Count}");
    }

    [Fact]
    public async Task GetSearch_NoWholeWord_WidensTheLastWordAndSaysSo()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=tidewa");

        Assert.NotEmpty(Titles(page));
        Assert.Contains("“tidewa”", page.Text(".search-widened"), StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll(".search-snippet mark"), m => Assert.StartsWith("tidewa", m.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetSearch_SameQueryTwice_ServesTheKeptResponseAndRevalidates()
    {
        using var client = _fixture.CreateClient();

        var first = await client.GetAsync(new Uri("/search?q=salt+marsh", UriKind.Relative));
        var firstBody = await first.Content.ReadAsStringAsync();
        var second = await client.GetAsync(new Uri("/search?q=salt+marsh", UriKind.Relative));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri("/search?q=salt+marsh", UriKind.Relative));
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        var revalidated = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.True(second.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromSeconds(60), second.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task GetSearch_MisspelledTitle_OffersDidYouMean()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=Wrenmuth");

        Assert.Equal("Wrenmouth", page.QuerySelector(".search-didyoumean a")!.TextContent);
    }

    [Fact]
    public async Task GetSearch_ExactTitle_LinksTheArticle()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=vestmarch");

        Assert.Equal("/wiki/Vestmarch", page.QuerySelector(".search-exact a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".search-didyoumean"));
    }

    [Fact]
    public async Task GetSuggestions_Prefix_ReturnsJsonTitles()
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetAsync(new Uri("/suggest?q=wren", UriKind.Relative));

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.EnumerateArray().ToList();
        var titles = items.Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains("Wrenmouth", titles);
        Assert.All(titles, t => Assert.StartsWith("wren", t, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("/wiki/Wrenmouth", items.First(i => i.GetProperty("title").GetString() == "Wrenmouth").GetProperty("url").GetString());
        Assert.True(items.Count <= 10);
    }

    [Fact]
    public async Task GetSuggestions_Redirect_SaysWhereItLeads()
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetStringAsync(new Uri("/suggest?q=salt+or", UriKind.Relative));

        using var json = JsonDocument.Parse(response);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Salt Orchard", item.GetProperty("title").GetString());
        Assert.Equal("The Salt Orchard", item.GetProperty("redirectsTo").GetString());
    }

    [Fact]
    public async Task GetSuggestions_Empty_ReturnsEmptyArray()
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetStringAsync(new Uri("/suggest?q=", UriKind.Relative));

        Assert.Equal("[]", response);
    }

    [Fact]
    public async Task GetRandom_Always_RedirectsToAnArticle()
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetAsync(new Uri("/random", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/wiki/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var article = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page)
        => page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent).ToList();
}

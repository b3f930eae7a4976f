using System.Net;

namespace Athenaeum.Web.IntegrationTests;

[Collection(LibraryCollection.Name)]
public sealed class ArticlePageTests
{
    private readonly LibraryFixture _fixture;

    public ArticlePageTests(LibraryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task GetArticle_FilmArticle_ShowsMetadataBlock()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/wiki/The_Salt_Orchard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The Salt Orchard", page.Text("h1#firstHeading"));
        Assert.Equal("WHEBN0000000003", page.Text(".meta-article-id dd"));
        Assert.Equal("The Salt Orchard", page.Text(".meta-title dd"));
        Assert.Equal("English", page.Text(".meta-language dd"));
        Assert.Equal("Test Press", page.Text(".meta-publisher dd"));
        Assert.StartsWith("Athenaeum Demo contributors", page.Text(".meta-author dd"), StringComparison.Ordinal);
        Assert.Matches(@"^\d{1,2} \w+ \d{4}$", page.Text(".meta-reproduction-date dd"));
        Assert.Contains("1990s Drama Films", page.Text(".meta-collection dd"), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".meta-subject dd a"));
    }

    [Fact]
    public async Task GetArticle_FilmArticle_HasInfoboxTocAndReferences()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/wiki/The_Salt_Orchard");

        Assert.NotNull(page.QuerySelector(".mw-parser-output table.infobox"));
        var tocLinks = page.QuerySelectorAll("#toc a[href^='#']");
        Assert.True(tocLinks.Length >= 4, "the TOC lists the sections");
        Assert.Equal("1", tocLinks[0].QuerySelector(".tocnumber")!.TextContent);
        var anchor = tocLinks[0].GetAttribute("href")![1..];
        Assert.NotNull(page.GetElementById(anchor));
        Assert.NotNull(page.QuerySelector("#toc details[open]"));
        Assert.NotEmpty(page.QuerySelectorAll(".mw-parser-output .references li"));
    }

    [Fact]
    public async Task GetArticle_Article_HasSiteBarAndFooter()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/wiki/The_Salt_Orchard");

        Assert.Equal("/flag/The_Salt_Orchard", page.QuerySelector(".site-actions a.action-flag")!.GetAttribute("href"));
        Assert.Equal("/email/The_Salt_Orchard", page.QuerySelector(".site-actions a.action-email")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".site-bar form[action='/search'] input[name='q']"));
        var footer = page.QuerySelector("footer.site-footer")!;
        Assert.NotNull(footer.QuerySelector("a[href='https://creativecommons.org/licenses/by-sa/4.0/']"));
        Assert.Contains("Contributed content is peer reviewed by our editors before it is published", footer.TextContent, StringComparison.Ordinal);
        Assert.NotNull(footer.QuerySelector("a[href='/terms']"));
        Assert.NotNull(footer.QuerySelector("a[href='/privacy']"));
        Assert.Equal("https://demo.athenaeum.invalid/wiki/The_Salt_Orchard", footer.QuerySelector("a.source-page")!.GetAttribute("href"));
        Assert.Matches(@"^https://demo\.athenaeum\.invalid/w/index\.php\?oldid=\d+$", footer.QuerySelector("a.source-revision")!.GetAttribute("href"));
    }

    [Fact]
    public async Task GetArticle_Redirect_ShowsTargetWithRedirectedFrom()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/wiki/Salt_Orchard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The Salt Orchard", page.Text("h1#firstHeading"));
        Assert.Equal("(Redirected from Salt Orchard)", page.Text(".redirect-note"));
        Assert.Equal("/wiki/The_Salt_Orchard", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task GetArticle_RedirectNo_ShowsRedirectPageItself()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/wiki/Salt_Orchard?redirect=no");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Salt Orchard", page.Text("h1#firstHeading"));
        Assert.Null(page.QuerySelector(".redirect-note"));
    }

    [Theory]
    [InlineData("/wiki/The%20Salt%20Orchard", "/wiki/The_Salt_Orchard")]
    [InlineData("/wiki/the_Salt_Orchard", "/wiki/The_Salt_Orchard")]
    [InlineData("/wiki/category:Films", "/wiki/Category:Films")]
    public async Task GetArticle_NonCanonicalAddress_RedirectsPermanently(string url, string expected)
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task GetArticle_OtherNamespace_Renders()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/wiki/Template:Infobox_film");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Template:Infobox film", page.Text("h1#firstHeading"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task GetArticle_MissingTitle_Returns404WithSearchResults()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/wiki/Wrenmouth_Mill");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Wrenmouth Mill", page.Text(".not-found"), StringComparison.Ordinal);
        var results = page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent).ToList();
        Assert.Contains("Wrenmouth Tidal Mill", results);
    }

    [Fact]
    public async Task GetArticle_HiddenCategory_IsLeftOutOfCollections()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/wiki/Wrenmouth");

        var collections = page.QuerySelectorAll(".catlinks a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(collections);
        Assert.DoesNotContain("/collection/Articles_with_coordinates", collections);
    }

    [Fact]
    public async Task GetArticle_SecondRequestWithEtag_Returns304()
    {
        using var client = _fixture.CreateClient();
        var first = await client.GetAsync(new Uri("/wiki/Vestmarch", UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/wiki/Vestmarch", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetIndexPhp_RedLink_LeadsToTheTitlesPage()
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetAsync(new Uri("/index.php?title=Some_missing_page&action=edit&redlink=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wiki/Some_missing_page", response.Headers.Location!.OriginalString);
    }
}

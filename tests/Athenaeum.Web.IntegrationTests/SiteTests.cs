using System.Net;

namespace Athenaeum.Web.IntegrationTests;

[Collection(LibraryCollection.Name)]
public sealed class SiteTests
{
    private readonly LibraryFixture _fixture;

    public SiteTests(LibraryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task GetHome_Library_ShowsNameSizeSourceSearchAndCollections()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Athenaeum Demo", page.Text("h1.page-title"));
        Assert.StartsWith("21 articles in English", page.Text(".home-stats"), StringComparison.Ordinal);
        Assert.Contains("demowiki-20260201-pages-articles.xml", page.Text(".home-source"), StringComparison.Ordinal);
        Assert.Contains("1 February 2026", page.Text(".home-source"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".home-search input[name=q]"));
        Assert.NotNull(page.QuerySelector(".home-featured a[href^='/wiki/']"));
        Assert.NotEmpty(page.QuerySelectorAll(".home-collections a[href^='/collection/']"));
    }

    [Fact]
    public async Task GetTerms_NoOperatorFile_ShowsDefaultWithSiteName()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/terms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Terms of Use", page.Text("article.legal h1"));
        Assert.Contains("Welcome to Athenaeum Demo, published by Test Press.", page.Text("article.legal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPrivacy_OperatorFile_ShowsItEscaped()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/privacy");

        Assert.Equal("Our privacy", page.Text("article.legal h1"));
        Assert.Contains("Operator text for Athenaeum Demo with <script>alert(1)</script>.", page.Text("article.legal p"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article.legal script"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/wiki/The_Salt_Orchard")]
    [InlineData("/wiki/Nothing_here")]
    [InlineData("/search?q=salt")]
    [InlineData("/collection/Films")]
    [InlineData("/collections")]
    [InlineData("/terms")]
    [InlineData("/suggest?q=w")]
    public async Task AnyPage_Response_HasStrictContentSecurityPolicy(string url)
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task GetStaticAsset_VersionedStylesheet_IsCachedForAYear()
    {
        using var client = _fixture.CreateClient();
        var (_, page) = await HtmlPage.GetAsync(client, "/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Matches(@"^/static/site\.css\?v=[0-9a-f]{10}$", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains(".infobox", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHealth_Always_ReturnsOk()
    {
        using var client = _fixture.CreateClient();

        var response = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal("ok", response);
    }
}

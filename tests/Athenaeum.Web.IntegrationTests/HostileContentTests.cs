using System.Net;

namespace Athenaeum.Web.IntegrationTests;

[Collection(LibraryCollection.Name)]
public sealed class HostileContentTests
{
    private readonly LibraryFixture _fixture;

    public HostileContentTests(LibraryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task GetArticle_XssPayloads_RenderInert()
    {
        using var client = _fixture.CreateClient();

        var (response, page) = await HtmlPage.GetAsync(client, "/wiki/Hostile_page");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("quarantine zebra", page.Text(".mw-parser-output"), StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/static/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed, svg, base, meta[http-equiv]"));
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}> survived");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "data" or "xlink:href")
                {
                    Assert.False(attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }

                if (attribute.Name == "style")
                {
                    Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Fact]
    public async Task GetArticle_XssInHeading_TocIsInert()
    {
        using var client = _fixture.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/wiki/Hostile_page");

        Assert.Empty(page.QuerySelectorAll("#toc script, h2 script"));
    }
}

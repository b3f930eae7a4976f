using Microsoft.Extensions.Logging;
using Athenaeum.Web.Endpoints;
using Athenaeum.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// Opens the demo film article in Chromium (/usr/bin/chromium, never a downloaded browser) on a real
/// Kestrel port, and saves screenshots at desktop and phone widths under test-results/screenshots/.
/// </summary>
[Collection(LibraryCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly LibraryFixture _fixture;

    public BrowserTests(LibraryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task FilmArticle_InChromium_ShowsMetadataInfoboxAndScrollsToTocSection()
    {
        Assert.True(File.Exists(Chromium), Chromium + " is missing");
        await using var app = await StartServerAsync();
        var address = app.Urls.First();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync(address + "/wiki/The_Salt_Orchard");

        Assert.Equal("WHEBN0000000003", (await page.Locator(".meta-article-id dd").TextContentAsync())?.Trim());
        Assert.True(await page.Locator(".mw-parser-output table.infobox").IsVisibleAsync());
        var infobox = await page.Locator(".mw-parser-output table.infobox").BoundingBoxAsync();
        var body = await page.Locator(".article-body").BoundingBoxAsync();
        Assert.True(infobox!.X > body!.X + (body.Width / 2), "the infobox floats right on a wide screen");
        var toc = await page.Locator("#toc").BoundingBoxAsync();
        Assert.True(toc!.X < body.X, "the TOC is beside the text on a wide screen");
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, "film-desktop.png"), FullPage = false });

        var link = page.Locator("#toc a").Nth(2);
        var anchor = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await page.WaitForFunctionAsync("() => window.scrollY > 200");
        var target = await page.Locator(anchor.Replace(".", "\\.", StringComparison.Ordinal)).BoundingBoxAsync();
        Assert.InRange(target!.Y, 0, 300);
        Assert.EndsWith(anchor, page.Url, StringComparison.Ordinal);

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(address + "/wiki/The_Salt_Orchard");
        var phoneInfobox = await page.Locator(".mw-parser-output table.infobox").BoundingBoxAsync();
        Assert.True(phoneInfobox!.Width <= 390, "the infobox fits a phone");
        Assert.False(await page.Locator("#toc details").GetAttributeAsync("open") is not null, "the TOC is folded on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, "film-phone.png"), FullPage = false });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SearchBox_Typing_ShowsSuggestionsAndArrowEnterOpensOne()
    {
        await using var app = await StartServerAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.Urls.First() + "/");

        await page.Locator(".site-search input").PressSequentiallyAsync("wrenm");
        await page.Locator(".site-search .suggestions li").First.WaitForAsync();
        await page.Locator(".site-search input").PressAsync("ArrowDown");
        await page.Locator(".site-search input").PressAsync("Enter");
        await page.WaitForURLAsync("**/wiki/Wrenmouth*");

        Assert.Contains("/wiki/Wrenmouth", page.Url, StringComparison.Ordinal);
    }

    private static string ScreenshotDirectory => Path.Combine(Tests.Shared.CorpusPaths.RepositoryRoot, "test-results", "screenshots");

    private async Task<WebApplication> StartServerAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Athenaeum:Library"] = _fixture.LibraryPath;
        builder.Configuration["Athenaeum:DataDirectory"] = _fixture.Directory;
        builder.Configuration["Athenaeum:SynchronizeSearchOnStart"] = "false";
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddAthenaeumServices();
        var app = builder.Build();
        app.MapAthenaeumEndpoints();
        await app.StartAsync();
        return app;
    }
}

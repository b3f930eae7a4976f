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

    [Fact]
    public async Task HostilePage_InChromium_RunsNoScriptAndKeepsNoHandlers()
    {
        // Arrange: every payload of TestData/hostile-page.xml calls alert(); a dialog, a CSP report or a
        // handler attribute that reached the DOM means something got through the engine and the site.
        await using var app = await StartServerAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        var violations = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("window.__xss = false;");

        // Act: load the page, then hover and click every element of the article (event-handler payloads
        // need a reader's mouse), staying on the page.
        await page.GotoAsync(app.Urls.First() + "/wiki/Hostile_page");
        var found = await page.EvaluateAsync<int[]>("""
            () => {
              const root = document.querySelector('.mw-parser-output');
              let handlers = 0, scriptUrls = 0;
              for (const el of root.querySelectorAll('*')) {
                for (const a of el.attributes) {
                  if (a.name.startsWith('on')) handlers++;
                  if (/^\s*(javascript|vbscript|data):/i.test(a.value) && ['href','src','action','formaction','xlink:href','data'].includes(a.name)) scriptUrls++;
                }
                el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
                el.dispatchEvent(new FocusEvent('focus'));
              }
              return [root.querySelectorAll('*').length, handlers, scriptUrls, root.querySelectorAll('script,iframe,object,embed,base,form').length];
            }
            """);
        await page.WaitForTimeoutAsync(300);
        var canary = await page.EvaluateAsync<bool>("() => window.__xss");

        // Assert
        Assert.True(found[0] >= 10, $"the hostile page rendered its content ({found[0]} elements)");
        Assert.Equal(0, found[1]);
        Assert.Equal(0, found[2]);
        Assert.Equal(0, found[3]);
        Assert.Empty(dialogs);
        Assert.Empty(violations);
        Assert.False(canary);
    }

    [Fact]
    public async Task SiteBar_FlagAndEmailLinks_OpenTheirForms()
    {
        await using var app = await StartServerAsync(smtpHost: "127.0.0.1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(60_000); // CI shares 2 cores with the build: a loaded machine is slow, not wrong
        await page.GotoAsync(app.Urls.First() + "/wiki/The_Salt_Orchard");

        // Each click is paired with the navigation it starts, so a fast or a slow page cannot race the wait.
        await Task.WhenAll(page.WaitForURLAsync("**/flag/**"), page.Locator("a.action-flag").ClickAsync());
        var reasons = await page.Locator("form input[name=reason]").CountAsync();
        var flagToken = await page.Locator("form input[type=hidden]").CountAsync();
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, "flag-form.png") });

        await page.GoBackAsync();
        await page.WaitForURLAsync("**/wiki/The_Salt_Orchard");
        await Task.WhenAll(page.WaitForURLAsync("**/email/**"), page.Locator("a.action-email").ClickAsync());
        var recipient = await page.Locator("form input[name=to]").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, "email-form.png") });

        Assert.Equal(5, reasons);
        Assert.True(flagToken >= 2, "the flag form carries its revision and anti-forgery token");
        Assert.Equal(1, recipient);
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium,
        Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"],
    });

    private static string ScreenshotDirectory => Path.Combine(Tests.Shared.CorpusPaths.RepositoryRoot, "test-results", "screenshots");

    private async Task<WebApplication> StartServerAsync(string? smtpHost = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Athenaeum:Library"] = _fixture.LibraryPath;
        builder.Configuration["Athenaeum:DataDirectory"] = _fixture.Directory;
        builder.Configuration["Athenaeum:SynchronizeSearchOnStart"] = "false";
        if (smtpHost is not null)
        {
            // Only the form is shown: nothing is sent, so no server needs to listen.
            builder.Configuration["Athenaeum:Smtp:Host"] = smtpHost;
            builder.Configuration["Athenaeum:Smtp:From"] = "library@example.org";
            builder.Configuration["Athenaeum:Smtp:StartTls"] = "false";
        }

        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddAthenaeumServices();
        var app = builder.Build();
        app.MapAthenaeumEndpoints();
        await app.StartAsync();
        return app;
    }
}

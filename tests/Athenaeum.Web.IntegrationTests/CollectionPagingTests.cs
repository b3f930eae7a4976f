using System.Globalization;
using System.Net;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// Paging of the Collections index when hidden categories sit between visible ones, more of them than a page
/// holds: tracking categories without a category page, and categories whose page is hidden through a
/// {{Hidden category}} template (decided by the server at start-up, before it serves): every page but the last
/// is full, and following the "next" links lists every visible Collection once.
/// </summary>
public sealed class CollectionPagingTests : IAsyncLifetime
{
    private static readonly string[] Visible = ["Apes", "Otters", "Pages about moths", "Pages with birds", "Pigs", "Zebras"];

    private static readonly string[] HiddenTracking =
    [
        "Pages using duplicate arguments in template calls", "Pages with broken file links", "Pages with reference errors",
        "Pages with script errors", "Pages with template loops",
    ];

    private static readonly string[] HiddenByTemplate =
    [
        "Aardvark stubs", "Articles needing cleanup", "Otters needing photos", "Pages about moths with dead links", "Pages using infobox",
        "Pages with birds needing review", "Pigs stubs", "Use dmy dates", "Zebras stubs",
    ];

    private SmallDumpSite? _site;

    public async Task InitializeAsync()
    {
        var links = string.Concat(Visible.Concat(HiddenTracking).Concat(HiddenByTemplate).Select(c => "\n[[Category:" + c + "]]"));
        var pages = new List<(string, int, string)>
        {
            ("Menagerie", 0, "Every animal." + links),
            ("Zoo", 0, "More animals." + links),
            ("Template:Hidden category", 10, "<includeonly>__HIDDENCAT__</includeonly><noinclude>Hides the category page that uses it.</noinclude>"),
        };
        pages.AddRange(HiddenByTemplate.Select(c => ("Category:" + c, 14, "{{Hidden category}}\nA maintenance category.")));
        _site = await SmallDumpSite.CreateAsync("pagingwiki-20260301-pages-articles.xml", SmallDumpSite.Dump([.. pages]));
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task GetCollections_MoreHiddenThanAPage_EveryPageFullUntilTheLast(int limit)
    {
        // Arrange
        using var client = _site!.Factory.CreateClient();
        var pages = new List<List<string>>();
        string? url = "/collections?limit=" + limit.ToString(CultureInfo.InvariantCulture);

        // Act: follow the "next" links to the end.
        while (url is not null && pages.Count < 20)
        {
            var (response, page) = await HtmlPage.GetAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add([.. page.QuerySelectorAll(".collection-index li a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!["/collection/".Length..]).Replace('_', ' '))]);
            url = page.QuerySelector("a.pager-next")?.GetAttribute("href");
        }

        // Assert
        Assert.Equal((Visible.Length + limit - 1) / limit, pages.Count);
        Assert.All(pages[..^1], p => Assert.Equal(limit, p.Count));
        Assert.NotEmpty(pages[^1]);
        Assert.Equal(Visible, pages.SelectMany(p => p));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task GetCollections_PreviousLinksFromTheLastPage_ShowTheSamePagesBackward(int limit)
    {
        // Arrange: page forward to the last page.
        using var client = _site!.Factory.CreateClient();
        var forward = new List<List<string>>();
        string? url = "/collections?limit=" + limit.ToString(CultureInfo.InvariantCulture);
        AngleSharp.Html.Dom.IHtmlDocument? page = null;
        while (url is not null && forward.Count < 20)
        {
            (_, page) = await HtmlPage.GetAsync(client, url);
            forward.Add(Names(page));
            url = page.QuerySelector("a.pager-next")?.GetAttribute("href");
        }

        // Act: follow the "previous" links back to the first page.
        var backward = new List<List<string>> { Names(page!) };
        url = page!.QuerySelector("a.pager-previous")?.GetAttribute("href");
        string? firstPageUrl = null;
        while (url is not null && backward.Count < 20)
        {
            firstPageUrl = url;
            (_, page) = await HtmlPage.GetAsync(client, url);
            backward.Add(Names(page));
            url = page.QuerySelector("a.pager-previous")?.GetAttribute("href");
        }

        // Assert: the same pages in reverse, each full but the last, ending at the first page's own address.
        backward.Reverse();
        Assert.Equal(forward, backward);
        Assert.Equal(Visible, backward.SelectMany(p => p));
        Assert.Equal(forward.Count > 1 ? "/collections" + (limit == 200 ? string.Empty : "?limit=" + limit.ToString(CultureInfo.InvariantCulture)) : null, firstPageUrl);
    }

    [Fact]
    public async Task GetCollections_FirstPage_HasNoPreviousLink()
    {
        // Arrange
        using var client = _site!.Factory.CreateClient();

        // Act
        var (_, page) = await HtmlPage.GetAsync(client, "/collections?limit=2");

        // Assert
        Assert.Null(page.QuerySelector("a.pager-previous"));
        Assert.NotNull(page.QuerySelector("a.pager-next"));
    }

    [Fact]
    public async Task GetHome_HiddenAsLargeAsTheOthers_ListsEveryVisibleCollection()
    {
        // Arrange: every category has the same two members, so the hidden ones compete for the largest places.
        using var client = _site!.Factory.CreateClient();

        // Act
        var (_, page) = await HtmlPage.GetAsync(client, "/");

        // Assert
        var listed = page.QuerySelectorAll(".home-collections li a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!["/collection/".Length..]).Replace('_', ' ')).ToList();
        Assert.Equal(Visible, listed.Order(StringComparer.Ordinal));
    }

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page)
        => [.. page.QuerySelectorAll(".collection-index li a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!["/collection/".Length..]).Replace('_', ' '))];

    [Fact]
    public async Task GetCollections_Hidden_CountLeavesThemOut()
    {
        // Arrange
        using var client = _site!.Factory.CreateClient();

        // Act
        var (_, page) = await HtmlPage.GetAsync(client, "/collections");

        // Assert
        Assert.StartsWith(Visible.Length.ToString(CultureInfo.InvariantCulture) + " Collections", page.Text(".collection-count"), StringComparison.Ordinal);
    }
}

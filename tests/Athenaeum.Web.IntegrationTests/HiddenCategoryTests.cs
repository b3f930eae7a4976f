using System.Net;
using Athenaeum.Import;
using Athenaeum.Storage.Sqlite;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Rendering;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// Hidden categories as a stored fact of the library: TestData/hiddenwiki-*.xml holds category pages hidden through
/// templates ({{Hidden category}}, a parser function choosing it, a template whose __HIDDENCAT__ sits in noinclude, a
/// switch inside nowiki and a comment), imported by the real importer and decided as <c>athenaeum import</c> does, then
/// served by a fresh server that renders no category page to leave them out.
/// </summary>
public sealed class HiddenCategoryTests : IDisposable
{
    private const string FirstDump = "hiddenwiki-20260301-pages-articles.xml";
    private const string SecondDump = "hiddenwiki-20260401-pages-articles.xml";

    private static readonly string[] Hidden = ["Articles needing cleanup", "Articles with dead links", "Tracked pages"];
    private static readonly string[] Visible = ["Birds", "Feathers", "Nests", "Quoted switch"];

    private readonly TemporaryDirectory _directory = new();

    private string LibraryPath => _directory.File("library.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task GetCollections_CategoryHiddenThroughTemplate_AbsentBeforeAnyCategoryPageIsRendered()
    {
        // Arrange
        var scan = (await ImportAsync(FirstDump))!;
        await using var factory = CreateSite();
        using var client = factory.CreateClient();

        // Act
        var (_, index) = await HtmlPage.GetAsync(client, "/collections");
        var (_, home) = await HtmlPage.GetAsync(client, "/");
        var (_, heron) = await HtmlPage.GetAsync(client, "/wiki/Heron");

        // Assert: decided by the import's preprocessor pass; the server rendered the article and nothing else.
        Assert.Equal((7, 7, 3), (scan.Checked, scan.Decided, scan.Hidden));
        Assert.Equal(Visible, Names(index, ".collection-index li a"));
        Assert.Contains(Visible.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), index.Text(".collection-count"), StringComparison.Ordinal);
        Assert.Equal(["Birds", "Feathers", "Nests", "Quoted switch"], Names(home, ".home-collections li a").Order(StringComparer.Ordinal));
        Assert.Equal(["Birds", "Nests", "Quoted switch", "Feathers"], Names(heron, ".meta-collection dd a"));
        Assert.Equal(1, factory.Services.GetRequiredService<ArticleRenderService>().RenderCount);
        Assert.All(Hidden, name => Assert.DoesNotContain(name, Names(home, ".home-collections li a").Concat(Names(heron, ".meta-collection dd a"))));
    }

    [Fact]
    public async Task Import_TemplateOfCategoryPageChanges_FlagFlipsWithoutTheCategoryPageChanging()
    {
        // Arrange: "Tracked pages" is hidden through {{Tracking notice}} and "Feathers" shown through {{Shown notice}};
        // the later dump changes only those two templates.
        await ImportAsync(FirstDump);

        // Act
        var scan = (await ImportAsync(SecondDump))!;
        await using var factory = CreateSite();
        using var client = factory.CreateClient();
        var (_, index) = await HtmlPage.GetAsync(client, "/collections");
        var (_, owl) = await HtmlPage.GetAsync(client, "/wiki/Owl");
        var (_, heron) = await HtmlPage.GetAsync(client, "/wiki/Heron");

        // Assert: exactly the two category pages whose template changed were decided again.
        Assert.Equal((7, 2), (scan.Checked, scan.Decided));
        Assert.Equal(["Birds", "Nests", "Quoted switch", "Tracked pages"], Names(index, ".collection-index li a"));
        Assert.Equal(["Birds", "Tracked pages"], Names(owl, ".meta-collection dd a"));
        Assert.DoesNotContain("Feathers", Names(heron, ".meta-collection dd a"));
    }

    [Fact]
    public async Task GetCollections_ImportWhileServing_ServerDecidesTheChangedPagesInTheBackground()
    {
        // Arrange: a server over the first dump's library that decides its category pages itself at start-up (so its
        // page source has read the first dump's templates), checking for imports five times a second.
        await ImportAsync(FirstDump, decide: false);
        await using var factory = CreateSite().WithWebHostBuilder(b =>
        {
            b.UseSetting("Athenaeum:GenerationCheckSeconds", "0.2");
            b.UseSetting("Athenaeum:HiddenCategoriesStartSeconds", "30");
        });
        using var client = factory.CreateClient();
        Assert.Equal(Visible, Names((await HtmlPage.GetAsync(client, "/collections")).Document, ".collection-index li a"));

        // Act: the later dump is imported by another writer, without the import's own pass.
        await ImportAsync(SecondDump, decide: false);

        List<string> listed = [];
        for (var i = 0; i < 150 && !listed.SequenceEqual(["Birds", "Nests", "Quoted switch", "Tracked pages"]); i++)
        {
            await Task.Delay(100);
            listed = Names((await HtmlPage.GetAsync(client, "/collections")).Document, ".collection-index li a");
        }

        // Assert
        Assert.Equal(["Birds", "Nests", "Quoted switch", "Tracked pages"], listed);
    }

    [Fact]
    public async Task GetCategoryPage_RenderDisagreesWithStoredFlag_StoredFlagFollowsTheRender()
    {
        // Arrange: a stored flag that says "Birds" is hidden, as a decision the preprocessor got wrong would.
        await ImportAsync(FirstDump);
        using (var library = SqliteLibraryProvider.Open(LibraryPath))
        {
            var birds = library.HiddenCategories.GetCategoryPage("Birds")!;
            library.HiddenCategories.Save([birds.Decision! with { IsHidden = true }]);
        }

        await using var factory = CreateSite();
        using var client = factory.CreateClient();
        Assert.DoesNotContain("Birds", Names((await HtmlPage.GetAsync(client, "/collections")).Document, ".collection-index li a"));
        Assert.DoesNotContain("Birds", Names((await HtmlPage.GetAsync(client, "/")).Document, ".home-collections li a"));

        // Act: a reader opens the category page; its rendering is the truth.
        var response = await client.GetAsync(new Uri("/wiki/Category:Birds", UriKind.Relative));
        await factory.Services.GetRequiredService<CacheWriteQueue>().DrainAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reopened = SqliteLibraryProvider.Open(LibraryPath);
        var stored = reopened.HiddenCategories.GetCategoryPage("Birds")!.Decision!;
        Assert.False(stored.IsHidden);
        Assert.Equal(Storage.HiddenCategorySource.Render, stored.Source);
        Assert.Contains("Birds", Names((await HtmlPage.GetAsync(client, "/collections")).Document, ".collection-index li a"));
        Assert.Contains("Birds", Names((await HtmlPage.GetAsync(client, "/")).Document, ".home-collections li a"));
    }

    [Fact]
    public async Task SynchronizeLibrary_SwitchInsideAReference_DecidedByAWholeRender()
    {
        // Arrange: <ref> parses its content with the whole parser, where MediaWiki also finds behaviour switches;
        // a template loop is an error message in the page (as in MediaWiki), not a hidden category.
        var dump = _directory.File("refwiki-20260301-pages-articles.xml");
        await File.WriteAllTextAsync(dump, SmallDumpSite.Dump(
            ("Template:Hidden category", 10, "<includeonly>__HIDDENCAT__</includeonly>"),
            ("Template:Loop", 10, "{{Loop}}"),
            ("Category:Sourced maintenance", 14, "Sources.<ref>{{Hidden category}}</ref>\n<references />"),
            ("Category:Looping", 14, "{{Loop}}"),
            ("Heron", 0, "The heron.\n[[Category:Sourced maintenance]]\n[[Category:Looping]]")));
        using var library = SqliteLibraryProvider.Open(LibraryPath);
        await new DumpImporter(library, new ImportOptions()).ImportAsync(dump);

        // Act
        var scan = await HiddenCategoryScanner.SynchronizeLibraryAsync(library);

        // Assert
        var sourced = library.HiddenCategories.GetCategoryPage("Sourced maintenance")!.Decision!;
        var looping = library.HiddenCategories.GetCategoryPage("Looping")!.Decision!;
        Assert.Equal((2, 1), (scan.Decided, scan.Hidden));
        Assert.True(sourced.IsHidden);
        Assert.Equal(Storage.HiddenCategorySource.Render, sourced.Source);
        Assert.Equal(1, scan.Rendered);
        Assert.False(looping.IsHidden);
    }

    // Imports a dump of TestData into the library and decides its category pages as 'athenaeum import' does at its end.
    private async Task<HiddenCategoryScanResult?> ImportAsync(string dumpName, bool decide = true)
    {
        var dump = _directory.File(dumpName);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", dumpName), dump, overwrite: true);
        using var library = SqliteLibraryProvider.Open(LibraryPath);
        await new DumpImporter(library, new ImportOptions()).ImportAsync(dump);
        return decide ? await HiddenCategoryScanner.SynchronizeLibraryAsync(library) : null;
    }

    // The site over the library, with the start-up pass turned off: only the import's decisions count.
    private WebApplicationFactory<Program> CreateSite() => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Athenaeum:Library", LibraryPath);
        builder.UseSetting("Athenaeum:DataDirectory", _directory.Root);
        builder.UseSetting("Athenaeum:SynchronizeSearchOnStart", "false");
        builder.UseSetting("Athenaeum:HiddenCategoriesStartSeconds", "0");
    });

    // The Collections a page links to, by name (from "/collection/Quoted_switch").
    private static List<string> Names(AngleSharp.Dom.IDocument page, string selector)
        => [.. page.QuerySelectorAll(selector).Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!["/collection/".Length..]).Replace('_', ' '))];
}

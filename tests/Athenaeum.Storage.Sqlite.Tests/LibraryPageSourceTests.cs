using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class LibraryPageSourceTests
{
    private static readonly SiteConfiguration Site = SiteConfiguration.CreateDefault();

    [Fact]
    public void GetPage_StoredTemplate_ReturnsTextAndModel()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(10, "Infobox film", ns: 10, text: "{{{name}}}"), TestPages.Make(11, "Arguments", ns: 828, text: "return {}"));
        }

        var source = new LibraryPageSource(library.Provider.Pages, Site);
        var parser = new TitleParser(Site);

        // Act
        var template = source.GetPage(parser.Parse("Template:Infobox film")!);
        var module = source.GetPage(parser.Parse("Module:Arguments")!);

        // Assert
        Assert.NotNull(template);
        Assert.Equal("{{{name}}}", template.Text);
        Assert.Equal("wikitext", template.ContentModel);
        Assert.Equal(10, template.PageId);
        Assert.NotNull(module);
        Assert.Equal("Scribunto", module.ContentModel);
    }

    [Fact]
    public void GetPage_Redirect_CarriesTargetTitle()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "Infobox movie", ns: 10, text: "#REDIRECT [[Template:Infobox film]]", redirect: new LinkTarget(10, "Infobox film")));
        }

        var source = new LibraryPageSource(library.Provider.Pages, Site);

        // Act
        var page = source.GetPage(new PageTitle(10, "Infobox movie", "Template"));

        // Assert
        Assert.Equal(new PageTitle(10, "Infobox film", "Template"), page?.RedirectTarget);
    }

    [Fact]
    public void Exists_MissingAndPresentPages_AreCachedAndCorrect()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "Present"));
        }

        var source = new LibraryPageSource(library.Provider.Pages, Site);
        var present = new PageTitle(0, "Present", "");
        var missing = new PageTitle(0, "Missing", "");

        // Act
        var results = new[] { source.Exists(present), source.Exists(missing), source.Exists(present), source.Exists(missing) };

        // Assert
        Assert.Equal([true, false, true, false], results);
        Assert.Equal(2, source.CacheHits);
        Assert.Equal(2, source.CacheMisses);
        Assert.Null(source.GetPage(missing));
        Assert.Null(source.GetPage(new PageTitle(0, "Present", "", Interwiki: "de")));
    }

    [Fact]
    public void GetPage_FromManyThreads_ReturnsTheSamePage()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, [.. Enumerable.Range(1, 50).Select(i => TestPages.Make(i, "T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ns: 10, text: "body " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        }

        var source = new LibraryPageSource(library.Provider.Pages, Site);

        // Act
        var texts = new string?[400];
        Parallel.For(0, texts.Length, i => texts[i] = source.GetPage(new PageTitle(10, "T" + ((i % 50) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Template"))?.Text);

        // Assert
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal("body " + ((i % 50) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), texts[i]);
        }
    }
}

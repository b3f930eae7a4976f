namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteLinkStoreTests
{
    private static readonly PageLinks FilmLinks = new(
        [new LinkTarget(0, "Nicolas Cage"), new LinkTarget(0, "Las Vegas"), new LinkTarget(14, "Films")],
        [new CategoryMembership("1995 films", ""), new CategoryMembership("Films about alcoholism", "Leaving")],
        [new LinkTarget(10, "Infobox film"), new LinkTarget(828, "Citation/CS1")],
        ["Poster.jpg"]);

    [Fact]
    public void GetLinks_BothDirections_FindTheSameRows()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "Leaving Las Vegas", links: FilmLinks), TestPages.Make(2, "Las Vegas"));
        }

        var links = library.Provider.Links;
        var film = library.Provider.Pages.GetPage(0, "Leaving Las Vegas")!;

        // Act
        var outgoing = links.GetLinks(film.Id);
        var incoming = links.GetLinksHere(new LinkTarget(0, "Las Vegas"), 10);
        var templates = links.GetTemplates(film.Id);
        var transclusions = links.GetTransclusions(new LinkTarget(828, "Citation/CS1"), 10);
        var files = links.GetFileUsage("Poster.jpg", 10);

        // Assert
        Assert.Equal([new LinkTarget(0, "Las Vegas"), new LinkTarget(0, "Nicolas Cage"), new LinkTarget(14, "Films")], outgoing);
        Assert.Equal(3, links.CountLinks(film.Id));
        Assert.Equal("Leaving Las Vegas", Assert.Single(incoming).Title);
        Assert.Equal([new LinkTarget(10, "Infobox film"), new LinkTarget(828, "Citation/CS1")], templates);
        Assert.Equal(film.Id, Assert.Single(transclusions).Id);
        Assert.Equal(film.Id, Assert.Single(files).Id);
        Assert.Equal(["Poster.jpg"], links.GetImages(film.Id));
    }

    [Fact]
    public void GetCategoryMembers_SortKeys_PrefixOrTitle()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        var alpha = new PageLinks([], [new CategoryMembership("Films", "")], [], []);
        var keyed = new PageLinks([], [new CategoryMembership("Films", "Aardvark")], [], []);
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "Zulu", links: keyed), TestPages.Make(2, "Bravo", links: alpha));
        }

        // Act
        var members = library.Provider.Links.GetCategoryMembers("Films", "", 10);

        // Assert
        Assert.Equal(["Aardvark", "Bravo"], members.Select(m => m.SortKey));
        Assert.Equal(["Zulu", "Bravo"], members.Select(m => m.Page.Title));
        Assert.Equal(2, library.Provider.Links.CountCategoryMembers("Films"));
        Assert.Equal([new CategoryMembership("Films", "Aardvark")], library.Provider.Links.GetCategories(members[0].Page.Id));
    }

    [Fact]
    public void ReplaceLinks_RenderedTables_ReplaceTheScannedOnes()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "Leaving Las Vegas", links: FilmLinks));
        }

        var film = library.Provider.Pages.GetPage(0, "Leaving Las Vegas")!;
        var rendered = new PageLinks([new LinkTarget(0, "Mike Figgis"), new LinkTarget(0, "Mike Figgis")], [new CategoryMembership("Drama", "")], [], []);

        // Act
        library.Provider.Links.ReplaceLinks(film.Id, rendered);

        // Assert
        Assert.Equal([new LinkTarget(0, "Mike Figgis")], library.Provider.Links.GetLinks(film.Id));
        Assert.Equal([new CategoryMembership("Drama", "")], library.Provider.Links.GetCategories(film.Id));
        Assert.Empty(library.Provider.Links.GetTemplates(film.Id));
        Assert.Empty(library.Provider.Links.GetImages(film.Id));
    }

    [Fact]
    public void ReplaceLinks_UnknownPage_ThrowsLibraryException()
    {
        // Arrange
        using var library = new TemporaryLibrary();

        // Act
        var error = Assert.Throws<LibraryException>(() => library.Provider.Links.ReplaceLinks(42, PageLinks.Empty));

        // Assert
        Assert.Contains("42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WritePage_Update_ReplacesLinksOfOldRevision()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        TestPages.WriteRun(writer, TestPages.Make(1, "Leaving Las Vegas", links: FilmLinks));

        // Act
        TestPages.WriteRun(writer, TestPages.Make(1, "Leaving Las Vegas", revision: 2, links: new PageLinks([new LinkTarget(0, "Only")], [], [], [])));
        var film = library.Provider.Pages.GetPage(0, "Leaving Las Vegas")!;

        // Assert
        Assert.Equal([new LinkTarget(0, "Only")], library.Provider.Links.GetLinks(film.Id));
        Assert.Empty(library.Provider.Links.GetCategories(film.Id));
    }

    [Fact]
    public void GetRedirectsTo_Redirect_IsListed()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "Target"), TestPages.Make(2, "Alias", text: "#REDIRECT [[Target]]", redirect: new LinkTarget(0, "Target")));
        }

        // Act
        var redirects = library.Provider.Pages.GetRedirectsTo(new LinkTarget(0, "Target"), 10);

        // Assert
        var alias = Assert.Single(redirects);
        Assert.Equal("Alias", alias.Title);
        Assert.True(alias.IsRedirect);
        Assert.Equal(new LinkTarget(0, "Target"), library.Provider.Pages.GetPage(0, "Alias")!.RedirectTarget);
    }

    [Fact]
    public void BulkLoad_LinksWrittenMeanwhile_AreFoundBothWaysAfterwards()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();

        // Act
        writer.BeginBulkLoad();
        var during = writer.IsBulkLoading;
        TestPages.WriteRun(writer, TestPages.Make(1, "Leaving Las Vegas", links: FilmLinks), TestPages.Make(2, "Las Vegas"));
        var whileSuspended = library.Provider.Links.GetLinksHere(new LinkTarget(0, "Las Vegas"), 10);
        writer.EndBulkLoad();
        var after = writer.IsBulkLoading;

        // Assert
        Assert.True(during);
        Assert.False(after);
        Assert.Single(whileSuspended);
        Assert.Equal("Leaving Las Vegas", Assert.Single(library.Provider.Links.GetLinksHere(new LinkTarget(0, "Las Vegas"), 10)).Title);
        Assert.Equal(2, library.Provider.Links.CountCategoryMembers("1995 films") + library.Provider.Links.CountCategoryMembers("Films about alcoholism"));
    }

    [Fact]
    public void EndBulkLoad_WriterWithLargeCache_RestoresItsCacheAndTempStore()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        library.Reopen(new SqliteLibraryOptions { WriterCacheMiB = 300 });
        using var writer = library.Provider.OpenWriter();
        var sqliteWriter = Assert.IsType<SqliteLibraryWriter>(writer);
        writer.BeginBulkLoad();
        TestPages.WriteRun(writer, TestPages.Make(1, "Leaving Las Vegas", links: FilmLinks), TestPages.Make(2, "Las Vegas"));

        // Act
        writer.EndBulkLoad();

        // Assert
        Assert.Equal(-300L * 1024, sqliteWriter.ReadPragma("cache_size"));
        Assert.Equal(2, sqliteWriter.ReadPragma("temp_store"));
        Assert.False(writer.IsBulkLoading);
        Assert.Equal("Leaving Las Vegas", Assert.Single(library.Provider.Links.GetLinksHere(new LinkTarget(0, "Las Vegas"), 10)).Title);
    }
}

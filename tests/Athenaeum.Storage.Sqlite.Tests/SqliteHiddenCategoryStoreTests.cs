namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteHiddenCategoryStoreTests
{
    private static readonly PageLinks InAll = new([], [new CategoryMembership("Birds", ""), new CategoryMembership("Stubs", ""), new CategoryMembership("Zoo", "")], [], []);

    [Fact]
    public void ListVisibleCollections_CategoryPageStoredHidden_LeftOutOfEveryListingAndCount()
    {
        // Arrange: three categories in use, each with a category page; "Stubs" is stored as hidden.
        using var library = new TemporaryLibrary();
        WriteWiki(library);
        var store = library.Provider.HiddenCategories;
        var stubs = store.GetCategoryPage("Stubs")!;
        store.Save([new HiddenCategoryDecision(stubs.PageId, stubs.RevisionId, true, HiddenCategorySource.Preprocessor, "10\t7\tHidden category\n")]);
        var collections = library.Provider.Collections;

        // Act
        var forward = collections.ListVisibleCollections(string.Empty, 10).Select(c => c.Name);
        var backward = collections.ListVisibleCollectionsBefore("~", 10).Select(c => c.Name);
        var largest = collections.ListLargestVisibleCollections(10).Select(c => c.Name);

        // Assert
        Assert.Equal(["Birds", "Zoo"], forward);
        Assert.Equal(["Zoo", "Birds"], backward);
        Assert.Equal(["Birds", "Zoo"], largest);
        Assert.Equal(2, collections.CountVisibleCollections());
        Assert.Equal(3, collections.CountCollections());
        Assert.Equal(1, store.CountHidden());
    }

    [Fact]
    public void ListVisibleCollections_HiddenDecisionForAnOlderRevision_IsNotTrusted()
    {
        // Arrange: "Stubs" was decided hidden for a revision its page no longer has (the scanner has not seen the edit yet).
        using var library = new TemporaryLibrary();
        WriteWiki(library);
        var store = library.Provider.HiddenCategories;
        var stubs = store.GetCategoryPage("Stubs")!;
        store.Save([new HiddenCategoryDecision(stubs.PageId, stubs.RevisionId - 1, true, HiddenCategorySource.Preprocessor, "10\t7\tHidden category\n")]);
        var collections = library.Provider.Collections;

        // Act
        var forward = collections.ListVisibleCollections(string.Empty, 10).Select(c => c.Name);

        // Assert: shown, as under an article, until decided for the current revision.
        Assert.Equal(["Birds", "Stubs", "Zoo"], forward);
        Assert.Equal(3, collections.CountVisibleCollections());
        Assert.Equal(0, store.CountHidden());
    }

    [Fact]
    public void Save_DecisionReplaced_ReadBackWithRevisionAndDependencies()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        WriteWiki(library);
        var store = library.Provider.HiddenCategories;
        var birds = store.GetCategoryPage("Birds")!;

        // Act
        store.Save([new HiddenCategoryDecision(birds.PageId, birds.RevisionId, true, HiddenCategorySource.Preprocessor, "10\t7\tA\n")]);
        store.Save([new HiddenCategoryDecision(birds.PageId, birds.RevisionId, false, HiddenCategorySource.Render, "10\t8\tB\n")]);
        var pages = store.ListCategoryPages(0, 10);

        // Assert
        Assert.Equal(["Birds", "Stubs", "Zoo"], pages.Select(p => p.Title));
        var stored = store.GetCategoryPage("Birds")!;
        Assert.True(stored.IsDecidedForRevision);
        Assert.Equal(new HiddenCategoryDecision(birds.PageId, birds.RevisionId, false, HiddenCategorySource.Render, "10\t8\tB\n"), stored.Decision);
        Assert.Null(store.GetCategoryPage("Zoo")!.Decision);
        Assert.Null(store.GetCategoryPage("No such category"));
    }

    [Fact]
    public void GetCategoryPage_PageHasANewerRevision_DecisionIsStale()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        WriteWiki(library);
        var store = library.Provider.HiddenCategories;
        var zoo = store.GetCategoryPage("Zoo")!;
        store.Save([new HiddenCategoryDecision(zoo.PageId, zoo.RevisionId, true, HiddenCategorySource.Preprocessor, string.Empty)]);

        // Act
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(13, "Zoo", revision: 2, ns: 14, text: "Animals kept for show."));
        }

        var state = store.GetCategoryPage("Zoo")!;

        // Assert: still listed as hidden until decided again, but known to be stale.
        Assert.False(state.IsDecidedForRevision);
        Assert.True(state.Decision!.IsHidden);
        Assert.Equal(2, state.RevisionId);
    }

    private static void WriteWiki(TemporaryLibrary library)
    {
        using var writer = library.Provider.OpenWriter();
        writer.SaveSite(TestPages.Site());
        TestPages.WriteRun(
            writer,
            TestPages.Make(1, "Heron", links: InAll),
            TestPages.Make(2, "Owl", links: new PageLinks([], [new CategoryMembership("Birds", ""), new CategoryMembership("Zoo", "")], [], [])),
            TestPages.Make(11, "Birds", ns: 14, text: "Birds."),
            TestPages.Make(12, "Stubs", ns: 14, text: "{{Hidden category}}"),
            TestPages.Make(13, "Zoo", ns: 14, text: "Animals kept for show."));
    }
}

namespace Athenaeum.Storage.Sqlite.Tests;

/// <summary>How much of the library the search index covers: articles at their current revision, redirects and other namespaces left out.</summary>
public sealed class SqliteSearchIndexCoverageTests
{
    [Fact]
    public void GetCoverage_PartlyIndexedLibrary_CountsArticlesIndexedAtTheirCurrentRevision()
    {
        // Arrange: three indexed articles, one not, a redirect and a template (neither counted).
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(
                writer,
                WithSearch(TestPages.Make(1, "Alder"), "alder"),
                WithSearch(TestPages.Make(2, "Birch"), "birch"),
                WithSearch(TestPages.Make(3, "Cedar"), "cedar"),
                TestPages.Make(4, "Elm"),
                TestPages.Make(5, "Alnus", redirect: new LinkTarget(0, "Alder")),
                TestPages.Make(6, "Infobox", ns: 10));
        }

        // Act
        var coverage = library.Provider.Search.GetCoverage([0]);

        // Assert
        Assert.Equal(new SearchIndexCoverage(3, 4), coverage);
        Assert.False(coverage.IsComplete);
    }

    [Fact]
    public void GetCoverage_ArticleChangedSinceIndexed_NotCountedUntilReindexed()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        TestPages.WriteRun(writer, WithSearch(TestPages.Make(1, "Alder"), "alder"), WithSearch(TestPages.Make(2, "Birch"), "birch"));
        Assert.True(library.Provider.Search.GetCoverage([0]).IsComplete);
        var run = writer.StartRun("newer.xml", 2, null);

        // Act: a newer revision arrives without its search entry (left to the synchroniser).
        TestPages.WriteInRun(writer, run.Id, TestPages.Make(1, "Alder", revision: 2));
        var coverage = library.Provider.Search.GetCoverage([0]);

        // Assert
        Assert.Equal(new SearchIndexCoverage(1, 2), coverage);
    }

    private static PageWrite WithSearch(PageWrite page, string body)
    {
        var folded = page.Title.ToLowerInvariant();
        return page with { Search = new SearchDocument(0, page.RevisionId, page.Namespace, page.Title, folded, null, body, []) };
    }
}

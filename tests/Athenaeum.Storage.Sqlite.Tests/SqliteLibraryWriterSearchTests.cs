namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteLibraryWriterSearchTests
{
    [Fact]
    public void WritePage_WithSearchDocument_IsFoundAfterTheBatchCommits()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();

        // Act
        TestPages.WriteRun(writer, WithSearch(TestPages.Make(7, "Wrenmouth"), "The harbour of Wrenmouth trades salt"), TestPages.Make(8, "Unindexed"));

        // Assert: the document got the page's id; the page written without one is left to the synchronizer.
        var page = library.Provider.Pages.GetPage(0, "Wrenmouth")!;
        var hit = Assert.Single(library.Provider.Search.Search("\"harbour\"", 0, 10).Hits);
        Assert.Equal(page.Id, hit.PageId);
        Assert.Equal(new SearchIndexCounts(1, 1), library.Provider.Search.GetCounts());
        Assert.Equal("Unindexed", Assert.Single(library.Provider.Search.GetStalePages([0], 0, 10)).Title);
    }

    [Fact]
    public void WritePage_NewRevisionAndRemoval_ReplaceAndDropTheEntry()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        TestPages.WriteRun(writer, WithSearch(TestPages.Make(7, "Wrenmouth"), "The harbour of Wrenmouth"), WithSearch(TestPages.Make(9, "Saltmarsh"), "Marsh birds"));

        // Act: a newer dump changes one page and no longer holds the other.
        var run = writer.StartRun("newer.xml", 2, null);
        TestPages.WriteInRun(writer, run.Id, WithSearch(TestPages.Make(7, "Wrenmouth", revision: 2), "The lighthouse of Wrenmouth"));
        var removed = writer.MarkUnseenPagesRemoved(run.Id);

        // Assert
        Assert.Equal(1, removed);
        Assert.Empty(library.Provider.Search.Search("\"harbour\"", 0, 10).Hits);
        Assert.Single(library.Provider.Search.Search("\"lighthouse\"", 0, 10).Hits);
        Assert.Empty(library.Provider.Search.Search("\"marsh\"", 0, 10).Hits);
        Assert.Equal(new SearchIndexCounts(1, 1), library.Provider.Search.GetCounts());
        Assert.Empty(library.Provider.Search.GetStalePages([0], 0, 10));
        Assert.Empty(library.Provider.Search.GetOrphans([0], 10));
    }

    [Fact]
    public void BulkLoad_SearchEntriesWrittenMeanwhile_AreFoundByWordPrefixAndTrigram()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();

        // Act: several batches, so the full-text index holds several segments until the end merges them.
        writer.BeginBulkLoad();
        var run = writer.StartRun("dump.xml", 1, null);
        for (var i = 0; i < 5; i++)
        {
            var title = "Harbour " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            TestPages.WriteInRun(writer, run.Id, WithSearch(TestPages.Make(10 + i, title), "Salt and boats number " + title));
        }

        writer.EndBulkLoad();

        // Assert
        Assert.False(writer.IsBulkLoading);
        Assert.Equal(5, library.Provider.Search.Search("\"boats\"", 0, 10).Total);
        Assert.Equal(5, library.Provider.Search.FindByPrefix("harbour", 10).Count);
        Assert.NotEmpty(library.Provider.Search.FindByTrigrams(Trigrams("harbour 3"), 5));
    }

    private static PageWrite WithSearch(PageWrite page, string body)
    {
        var folded = page.Title.ToLowerInvariant();
        return page with { Search = new SearchDocument(0, page.RevisionId, page.Namespace, page.Title, folded, null, body, Trigrams(folded)) };
    }

    private static long[] Trigrams(string folded)
    {
        var padded = "  " + folded + " ";
        return Enumerable.Range(0, padded.Length - 2).Select(i => ((long)padded[i] << 42) | ((long)padded[i + 1] << 21) | padded[i + 2]).Distinct().ToArray();
    }
}

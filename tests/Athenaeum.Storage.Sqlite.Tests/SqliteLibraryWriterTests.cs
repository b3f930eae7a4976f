namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteLibraryWriterTests
{
    private static readonly DateTimeOffset FirstImport = new(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WritePage_NewPage_StoresMetadataTextAndArticleId()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        var clock = new ManualTimeProvider(FirstImport);

        // Act
        List<PageWriteOutcome> outcomes;
        using (var writer = library.Provider.OpenWriter(clock))
        {
            outcomes = TestPages.WriteRun(writer, TestPages.Make(54160, "Leaving Las Vegas", revision: 7, text: "Ünïcode text"));
        }

        var page = library.Provider.Pages.GetPage(0, "Leaving Las Vegas");

        // Assert
        Assert.Equal([PageWriteOutcome.Added], outcomes);
        Assert.NotNull(page);
        Assert.Equal("WHEBN0000054160", page.ArticleId);
        Assert.Equal(FirstImport, page.ReproductionDate);
        Assert.Equal(7, page.RevisionId);
        Assert.Equal("Editor", page.Contributor);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("Ünïcode text"), page.TextLength);
        Assert.Equal("Ünïcode text", library.Provider.Pages.GetText(page.Id));
        Assert.Equal(page, library.Provider.Pages.GetPageBySourceId(54160));
    }

    [Fact]
    public void WritePage_SameRevisionInLaterRun_ReportsUnchangedAndChangesNothing()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        var clock = new ManualTimeProvider(FirstImport);
        using var writer = library.Provider.OpenWriter(clock);
        TestPages.WriteRun(writer, TestPages.Make(1, "Stable"));
        var before = library.Provider.Pages.GetPage(0, "Stable");
        clock.Now = FirstImport.AddDays(30);

        // Act
        var outcomes = TestPages.WriteRun(writer, TestPages.Make(1, "Stable"));
        var after = library.Provider.Pages.GetPage(0, "Stable");

        // Assert
        Assert.Equal([PageWriteOutcome.Unchanged], outcomes);
        Assert.Equal(before, after);
    }

    [Fact]
    public void WritePage_NewRevision_UpdatesButKeepsReproductionDate()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        var clock = new ManualTimeProvider(FirstImport);
        using var writer = library.Provider.OpenWriter(clock);
        TestPages.WriteRun(writer, TestPages.Make(1, "Changing", revision: 1, text: "old"));
        clock.Now = FirstImport.AddDays(30);

        // Act
        var outcomes = TestPages.WriteRun(writer, TestPages.Make(1, "Changing", revision: 2, text: "new"));
        var page = library.Provider.Pages.GetPage(0, "Changing")!;

        // Assert
        Assert.Equal([PageWriteOutcome.Updated], outcomes);
        Assert.Equal(FirstImport, page.ReproductionDate);
        Assert.Equal(FirstImport.AddDays(30), page.UpdatedAt);
        Assert.Equal(2, page.RevisionId);
        Assert.Equal("new", library.Provider.Pages.GetText(page.Id));
    }

    [Fact]
    public void WritePage_SamePageTwiceInOneRun_SecondIsAlreadyWritten()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        var run = writer.StartRun("dump.xml", 10, null);

        // Act
        var first = TestPages.WriteInRun(writer, run.Id, TestPages.Make(1, "Twice"));
        var second = TestPages.WriteInRun(writer, run.Id, TestPages.Make(1, "Twice"));

        // Assert
        Assert.Equal([PageWriteOutcome.Added], first);
        Assert.Equal([PageWriteOutcome.AlreadyWritten], second);
    }

    [Fact]
    public void WritePage_SameIdOtherTitleInOneRun_FirstOccurrenceStays()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        var run = writer.StartRun("dump.xml", 10, null);

        // Act
        var outcomes = TestPages.WriteInRun(writer, run.Id, TestPages.Make(1, "First"), TestPages.Make(1, "Second", revision: 2));
        var again = TestPages.WriteRun(writer, TestPages.Make(1, "First"), TestPages.Make(1, "Second", revision: 2));

        // Assert
        Assert.Equal([PageWriteOutcome.Added, PageWriteOutcome.SkippedDuplicate], outcomes);
        Assert.Equal([PageWriteOutcome.Unchanged, PageWriteOutcome.SkippedDuplicate], again);
        Assert.NotNull(library.Provider.Pages.GetPage(0, "First"));
        Assert.Null(library.Provider.Pages.GetPage(0, "Second"));
    }

    [Fact]
    public void WriteUnchanged_StoredRevision_CountsOnceAcrossResumedReads()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        TestPages.WriteRun(writer, TestPages.Make(1, "Seen"));
        var run = writer.StartRun("dump.xml", 10, null);

        // Act
        writer.BeginBatch();
        var first = writer.WriteUnchanged(run.Id, 1, 1, new LinkTarget(0, "Seen"));
        var again = writer.WriteUnchanged(run.Id, 1, 1, new LinkTarget(0, "Seen"));
        var otherRevision = writer.WriteUnchanged(run.Id, 1, 2, new LinkTarget(0, "Seen"));
        var unknown = writer.WriteUnchanged(run.Id, 99, 1, new LinkTarget(0, "Nope"));
        writer.CommitBatch(run.Id, ImportRunProgress.Empty);

        // Assert
        Assert.Equal(PageWriteOutcome.Unchanged, first);
        Assert.Equal(PageWriteOutcome.AlreadyWritten, again);
        Assert.Equal(PageWriteOutcome.NeedsFullWrite, otherRevision);
        Assert.Equal(PageWriteOutcome.NeedsFullWrite, unknown);
    }

    [Fact]
    public void WritePage_TitleHeldByOlderPage_NewerPageTakesTitle()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        TestPages.WriteRun(writer, TestPages.Make(1, "Recreated", revision: 1));

        // Act
        var outcomes = TestPages.WriteRun(writer, TestPages.Make(2, "Recreated", revision: 5));

        // Assert
        Assert.Equal([PageWriteOutcome.Added], outcomes);
        Assert.Equal(2, library.Provider.Pages.GetPage(0, "Recreated")!.SourcePageId);
        Assert.True(library.Provider.Pages.GetPageBySourceId(1)!.IsRemoved);
    }

    [Fact]
    public void WritePage_TitleHeldByNewerPage_SkipsOlderDuplicate()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        TestPages.WriteRun(writer, TestPages.Make(2, "Duplicate", revision: 5));

        // Act
        var outcomes = TestPages.WriteRun(writer, TestPages.Make(1, "Duplicate", revision: 1));

        // Assert
        Assert.Equal([PageWriteOutcome.SkippedDuplicate], outcomes);
        Assert.Equal(2, library.Provider.Pages.GetPage(0, "Duplicate")!.SourcePageId);
        Assert.Null(library.Provider.Pages.GetPageBySourceId(1));
    }

    [Fact]
    public void MarkUnseenPagesRemoved_PageMissingFromRun_IsRemovedWithItsLinks()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        var links = new PageLinks([new LinkTarget(0, "Kept")], [new CategoryMembership("Gone", "")], [], []);
        TestPages.WriteRun(writer, TestPages.Make(1, "Kept"), TestPages.Make(2, "Dropped", links: links), TestPages.Make(3, "Changed"));
        var run = writer.StartRun("newer.xml", 10, null);
        writer.BeginBatch();
        writer.WriteUnchanged(run.Id, 1, 1, new LinkTarget(0, "Kept"));
        writer.WritePage(run.Id, TestPages.Make(3, "Changed", revision: 2));
        writer.CommitBatch(run.Id, ImportRunProgress.Empty);

        // Act
        var removed = writer.MarkUnseenPagesRemoved(run.Id);

        // Assert
        Assert.Equal(1, removed);
        Assert.Null(library.Provider.Pages.GetPage(0, "Dropped"));
        Assert.True(library.Provider.Pages.GetPageBySourceId(2)!.IsRemoved);
        Assert.False(library.Provider.Pages.GetPageBySourceId(1)!.IsRemoved);
        Assert.False(library.Provider.Pages.GetPageBySourceId(3)!.IsRemoved);
        Assert.Empty(library.Provider.Links.GetLinksHere(new LinkTarget(0, "Kept"), 10));
        Assert.Equal(0, library.Provider.Links.CountCategoryMembers("Gone"));
    }

    [Fact]
    public void WritePage_RemovedPageComesBack_IsUpdatedAndCurrent()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        TestPages.WriteRun(writer, TestPages.Make(1, "Phoenix"));
        var emptyRun = writer.StartRun("empty.xml", 1, null);
        writer.MarkUnseenPagesRemoved(emptyRun.Id);

        // Act
        var outcomes = TestPages.WriteRun(writer, TestPages.Make(1, "Phoenix"));

        // Assert
        Assert.Equal([PageWriteOutcome.Updated], outcomes);
        Assert.NotNull(library.Provider.Pages.GetPage(0, "Phoenix"));
    }

    [Fact]
    public void CommitBatch_Progress_IsSavedWithTheRun()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        var run = writer.StartRun("fatwiki-20240920.xml.bz2", 1234, new DateOnly(2024, 9, 20));
        var progress = new ImportRunProgress(5678, 3, 10, 7, 1, 1, 1, TestPages.Timestamp);

        // Act
        writer.BeginBatch();
        writer.WritePage(run.Id, TestPages.Make(1, "P"));
        writer.CommitBatch(run.Id, progress);
        var resumed = writer.FindRunToResume("fatwiki-20240920.xml.bz2", 1234);

        // Assert
        Assert.NotNull(resumed);
        Assert.Equal(run.Id, resumed.Id);
        Assert.Equal(progress, resumed.Progress);
        Assert.Equal(new DateOnly(2024, 9, 20), resumed.DumpDate);
        Assert.Null(writer.FindRunToResume("fatwiki-20240920.xml.bz2", 999));
    }

    [Fact]
    public void StartRun_WhileAnotherRunIsIncomplete_AbandonsIt()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        var old = writer.StartRun("old.xml", 1, null);

        // Act
        writer.StartRun("new.xml", 2, null);

        // Assert
        Assert.Null(writer.FindRunToResume("old.xml", 1));
        var runs = library.Provider.ImportRuns.GetRuns(10);
        Assert.Equal(ImportRunStatus.Abandoned, runs.Single(r => r.Id == old.Id).Status);
    }

    [Fact]
    public void RollbackBatch_UncommittedPages_AreNotStored()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        var run = writer.StartRun("dump.xml", 1, null);

        // Act
        writer.BeginBatch();
        writer.WritePage(run.Id, TestPages.Make(1, "Lost"));
        writer.RollbackBatch();

        // Assert
        Assert.Null(library.Provider.Pages.GetPage(0, "Lost"));
    }
}

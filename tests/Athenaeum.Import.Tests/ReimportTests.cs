using Athenaeum.Dump;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Import.Tests;

public sealed class ReimportTests
{
    private static readonly DateTimeOffset FirstImport = new(2024, 9, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ImportAsync_SameDumpTwice_ChangesNothing()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var clock = new TestClock(FirstImport);
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));
        var importer = new DumpImporter(library, new ImportOptions { TimeProvider = clock });
        await importer.ImportAsync(FatwikiLibraryFixture.DumpPath);
        var before = Snapshot(library);
        var siteBefore = library.Site.GetSite();
        clock.Now = FirstImport.AddDays(3);

        // Act
        var summary = await importer.ImportAsync(FatwikiLibraryFixture.DumpPath);

        // Assert
        Assert.Equal(3566, summary.Run.Progress.Unchanged);
        Assert.Equal(0, summary.Run.Progress.Added + summary.Run.Progress.Updated + summary.Run.Removed + summary.Run.Progress.Skipped);
        Assert.Equal(before, Snapshot(library));
        var siteAfter = library.Site.GetSite()!;
        Assert.Equal(siteBefore! with { Namespaces = [] }, siteAfter with { Namespaces = [] });
        Assert.Equal(2, library.ImportRuns.GetRuns(10).Count);
    }

    [Fact]
    public async Task ImportAsync_NewerDump_UpdatesAddsAndRemovesOnlyWhatChanged()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var (site, pages) = await DumpPages.ReadAllAsync(FatwikiLibraryFixture.DumpPath);
        var newer = new List<DumpPage>();
        var changed = new HashSet<long>();
        var removed = new HashSet<long>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (i % 97 == 5)
            {
                removed.Add(page.Id);
            }
            else if (i % 50 == 1)
            {
                changed.Add(page.Id);
                newer.Add(DumpPages.WithNewRevision(page, page.LatestRevision!.Text + "\n[[Category:Changed pages]]", new DateTimeOffset(2024, 9, 30, 0, 0, 0, TimeSpan.Zero)));
            }
            else
            {
                newer.Add(page);
            }
        }

        var template = pages.First(p => p.Namespace == 0 && p.RedirectTarget is null);
        for (var i = 0; i < 25; i++)
        {
            var title = "Brand new page " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            newer.Add(DumpPages.WithNewRevision(template, "New text [[Ghana]]", new DateTimeOffset(2024, 9, 29, 0, 0, 0, TimeSpan.Zero)) with { Id = 900_000 + i, Title = title });
        }

        var newerPath = directory.File("fatwiki-20241001-pages-articles-multistream.xml.bz2");
        await MultistreamDumpWriter.WriteAsync(newerPath, site, newer);
        var clock = new TestClock(FirstImport);
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));
        var importer = new DumpImporter(library, new ImportOptions { TimeProvider = clock });
        await importer.ImportAsync(FatwikiLibraryFixture.DumpPath);
        var before = Snapshot(library);
        var reimportTime = FirstImport.AddDays(10);
        clock.Now = reimportTime;

        // Act
        var summary = await importer.ImportAsync(newerPath);
        var after = Snapshot(library);

        // Assert
        Assert.Equal(changed.Count, summary.Run.Progress.Updated);
        Assert.Equal(25, summary.Run.Progress.Added);
        Assert.Equal(removed.Count, summary.Run.Removed);
        Assert.Equal(3566 - changed.Count - removed.Count, summary.Run.Progress.Unchanged);
        foreach (var (id, old) in before)
        {
            var now = after[id];
            if (removed.Contains(id))
            {
                Assert.True(now.Page.IsRemoved);
                Assert.Equal(reimportTime, now.Page.UpdatedAt);
                Assert.Null(library.Pages.GetPage(now.Page.Namespace, now.Page.Title));
            }
            else if (changed.Contains(id))
            {
                Assert.Equal(old.Page.ReproductionDate, now.Page.ReproductionDate);
                Assert.Equal(reimportTime, now.Page.UpdatedAt);
                Assert.Equal(old.Page.RevisionId + 10_000_000, now.Page.RevisionId);
                if (now.Page.ContentModel == "wikitext")
                {
                    Assert.Contains(library.Links.GetCategories(now.Page.Id), c => c.Category == "Changed pages");
                }

            }
            else
            {
                Assert.Equal(old, now);
            }
        }

        Assert.Equal(3566 - removed.Count + 25, library.Site.GetStatistics().Pages);
        Assert.Equal(reimportTime, library.Pages.GetPage(0, "Brand new page 3")!.ReproductionDate);
        Assert.Equal(new DateOnly(2024, 10, 1), library.Site.GetSite()!.DumpDate);
    }

    [Fact]
    public async Task ImportAsync_DumpOfAnotherWiki_IsRefused()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));
        var importer = new DumpImporter(library);
        await importer.ImportAsync(Athenaeum.Tests.Shared.CorpusPaths.Get("dumps/mwxml-two-pages.xml"));

        // Act
        var error = await Assert.ThrowsAsync<LibraryException>(() => importer.ImportAsync(Athenaeum.Tests.Shared.CorpusPaths.Get("dumps/tinywiki.xml")));

        // Assert
        Assert.Contains("'tmp-wp'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'enwiki'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, library.Site.GetStatistics().Pages);
    }

    /// <summary>Every page row (removed ones included) with its links, by source page id.</summary>
    private static Dictionary<long, PageState> Snapshot(ILibraryProvider library)
    {
        var result = new Dictionary<long, PageState>();
        for (long id = 1; library.Pages.GetPageById(id) is { } page; id++)
        {
            result[page.SourcePageId] = new PageState(
                page,
                string.Join("|", library.Links.GetLinks(page.Id)),
                string.Join("|", library.Links.GetCategories(page.Id)),
                string.Join("|", library.Links.GetTemplates(page.Id)));
        }

        return result;
    }

    private sealed record PageState(PageRecord Page, string Links, string Categories, string Templates);
}

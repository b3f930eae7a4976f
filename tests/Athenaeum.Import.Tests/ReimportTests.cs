using Athenaeum.Dump;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;
using Microsoft.Data.Sqlite;

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
        var searchBefore = SearchEntries(library.Location);
        var siteBefore = library.Site.GetSite();
        clock.Now = FirstImport.AddDays(3);

        // Act
        var summary = await importer.ImportAsync(FatwikiLibraryFixture.DumpPath);

        // Assert
        Assert.Equal(3566, summary.Run.Progress.Unchanged);
        Assert.Equal(0, summary.Run.Progress.Added + summary.Run.Progress.Updated + summary.Run.Removed + summary.Run.Progress.Skipped);
        Assert.Equal(before, Snapshot(library));
        Assert.Equal(searchBefore, SearchEntries(library.Location));
        Assert.Equal(0, summary.SearchEntries);
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

        var search = SearchEntries(library.Location);
        foreach (var (id, old) in before.Where(b => b.Value.Page.Namespace == 0))
        {
            if (removed.Contains(id))
            {
                Assert.False(search.ContainsKey(id), "removed page still indexed: " + id);
            }
            else
            {
                Assert.Equal(changed.Contains(id) ? old.Page.RevisionId + 10_000_000 : old.Page.RevisionId, search[id]);
            }
        }

        Assert.All(Enumerable.Range(900_000, 25), id => Assert.True(search.ContainsKey(id)));
        AssertSearchIndexMatchesPages(library.Location);
        Assert.Equal(changed.Count(id => after[id].Page.Namespace == 0) + 25, summary.SearchEntries);
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

    /// <summary>The revision of every search-index entry, by source page id.</summary>
    private static Dictionary<long, long> SearchEntries(string libraryPath)
    {
        using var connection = OpenReadOnly(libraryPath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT p.source_page_id, s.revision_id FROM search_page s JOIN page p ON p.id = s.page_id";
        using var reader = command.ExecuteReader();
        var result = new Dictionary<long, long>();
        while (reader.Read())
        {
            result.Add(reader.GetInt64(0), reader.GetInt64(1));
        }

        return result;
    }

    /// <summary>The index holds exactly the current articles, and full text (both indexes, stored text) for exactly the non-redirects.</summary>
    private static void AssertSearchIndexMatchesPages(string libraryPath)
    {
        using var connection = OpenReadOnly(libraryPath);
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var articles = Count("SELECT count(*) FROM page WHERE namespace = 0 AND is_removed = 0");
        var texts = Count("SELECT count(*) FROM page WHERE namespace = 0 AND is_removed = 0 AND redirect_title IS NULL");
        Assert.True(texts > 0 && articles > texts, $"{articles} articles, {texts} not redirects");
        Assert.Equal(articles, Count("SELECT count(*) FROM search_page s JOIN page p ON p.id = s.page_id AND p.is_removed = 0 AND p.revision_id = s.revision_id"));
        Assert.Equal(articles, Count("SELECT count(*) FROM search_page"));
        Assert.Equal(texts, Count("SELECT count(*) FROM search_fts_docsize"));
        Assert.Equal(texts, Count("SELECT count(*) FROM search_title_fts_docsize"));
        Assert.Equal(texts, Count("SELECT count(*) FROM search_text"));
        Assert.Equal(0, Count("SELECT count(*) FROM search_trigram WHERE page_id NOT IN (SELECT page_id FROM search_page)"));
    }

    private static SqliteConnection OpenReadOnly(string libraryPath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = libraryPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
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

using Athenaeum.Import;
using Athenaeum.Storage.Sqlite;
using Athenaeum.Web.Search;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Web.IntegrationTests;

public sealed class SearchIndexMergeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "athenaeum-merge-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }

    [Fact]
    public async Task SynchronizeLibraryAsync_IndexUpdatedPieceByPiece_MergesItWhenItHasTooManySegments()
    {
        // Arrange: an imported library whose index then changes one page at a time, with FTS5's own merging off.
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "library.db");
        using var library = SqliteLibraryProvider.Open(path);
        await new DumpImporter(library, new ImportOptions()).ImportAsync(Path.Combine(CorpusPaths.RepositoryRoot, "demo", "athenaeum-demo.xml"));
        await SearchIndexSynchronizer.SynchronizeLibraryAsync(library);
        Execute(path, "INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 0)");
        var before = library.Search.Search("\"mill\"", 0, 20);
        var most = 0L;

        // Act: each synchronization re-indexes one page, in a segment of its own.
        for (var round = 0; round < SearchIndexSynchronizer.MaxSegments + 4; round++)
        {
            Execute(path, "UPDATE search_page SET revision_id = -1 WHERE page_id = (SELECT min(page_id) FROM search_page)");
            Assert.Equal(1, await SearchIndexSynchronizer.SynchronizeLibraryAsync(library));
            most = Math.Max(most, Segments(path));
        }

        // Assert: never more than the limit (unmerged, the rounds would have left 13 or more), and the same results.
        Assert.InRange(most, 2, SearchIndexSynchronizer.MaxSegments);
        Assert.True(Segments(path) <= SearchIndexSynchronizer.MaxSegments);
        var after = library.Search.Search("\"mill\"", 0, 20);
        Assert.NotEmpty(after.Hits);
        Assert.Equal(before.Hits.Select(h => h.PageId), after.Hits.Select(h => h.PageId));
    }

    private static long Segments(string path)
    {
        using var connection = new SqliteConnection("Data Source=" + path + ";Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(DISTINCT segid) FROM search_fts_idx";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

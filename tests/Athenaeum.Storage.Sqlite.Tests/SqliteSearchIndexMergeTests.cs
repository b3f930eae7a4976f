namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteSearchIndexMergeTests : IDisposable
{
    private readonly TemporaryLibrary _library = new();

    private SqliteSearchIndex Index => (SqliteSearchIndex)_library.Provider.Search;

    public void Dispose() => _library.Dispose();

    [Fact]
    public void MergeSegments_IndexAddedInBatches_LeavesOneSegmentAndTheSameResults()
    {
        // Arrange: each committed batch flushes a segment of its own.
        for (var batch = 0; batch < 3; batch++)
        {
            Index.Apply(Enumerable.Range((batch * 10) + 1, 10).Select(i => Document(i, $"Harbour {i}", "quay " + new string('q', i))).ToList(), []);
        }

        var segments = Index.CountSegments();
        var before = Index.Search("\"quay\"", 0, 20);

        // Act
        var merged = Index.MergeSegments(1);

        // Assert
        Assert.True(segments > 1, $"expected several segments, found {segments}");
        Assert.True(merged);
        Assert.Equal(1, Index.CountSegments());
        var after = Index.Search("\"quay\"", 0, 20);
        Assert.Equal(before.Hits, after.Hits);
        Assert.Equal(before.Total, after.Total);
    }

    [Fact]
    public void MergeSegments_NoMoreSegmentsThanAllowed_LeavesTheIndexAlone()
    {
        // Arrange
        Index.Apply([Document(1, "Harbour", "quay")], []);
        Index.Apply([Document(2, "Lighthouse", "quay")], []);

        // Act
        var merged = Index.MergeSegments(8);

        // Assert
        Assert.False(merged);
        Assert.Equal(2, Index.CountSegments());
    }

    [Fact]
    public void MergeSegments_ReadOnlyLibraryWithManySegments_ThrowsLibraryException()
    {
        // Arrange
        Index.Apply([Document(1, "Harbour", "quay")], []);
        Index.Apply([Document(2, "Lighthouse", "quay")], []);
        var readOnly = _library.Reopen(new SqliteLibraryOptions { ReadOnly = true });

        // Act / Assert
        Assert.Throws<LibraryException>(() => readOnly.Search.MergeSegments(1));
    }

    private static SearchDocument Document(long id, string title, string body)
        => new(id, 1, 0, title, title.ToLowerInvariant(), null, body, []);
}

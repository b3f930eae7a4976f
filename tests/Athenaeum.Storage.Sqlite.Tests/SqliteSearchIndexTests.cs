namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteSearchIndexTests : IDisposable
{
    private readonly TemporaryLibrary _library = new();

    private ISearchIndex Index => _library.Provider.Search;

    public void Dispose() => _library.Dispose();

    [Fact]
    public void Search_FewMatches_RanksTitleMatchFirstAndCountsExactly()
    {
        Index.Apply([Document(1, "Harbour", "a lighthouse stands here"), Document(2, "Lighthouse", "the lighthouse"), Document(3, "Cliffs", "no match")], []);

        var result = Index.Search("\"lighthouse\"", 0, 20);

        Assert.Equal([2L, 1L], result.Hits.Select(h => h.PageId));
        Assert.Equal(2, result.Total);
        Assert.True(result.IsTotalExact);
    }

    [Fact]
    public void Search_MoreMatchesThanRankLimit_RanksTitleMatchesFirstThenBodyMatches()
    {
        var count = SqliteSearchIndex.RankLimit + 300;
        var documents = Enumerable.Range(1, count).Select(i => Document(i, $"Page {i}", "harbour " + Filler(i))).ToList();

        // Title matches with the highest page ids: beyond the bounded body ranking, found through the title index.
        documents.Add(Document(count + 1, "Harbour", "the harbour"));
        documents.Add(Document(count + 2, "Old Harbour", "an old harbour"));
        Index.Apply(documents, []);

        var result = Index.Search("\"harbour\"", 0, 20);

        Assert.Equal([count + 1L, count + 2L], result.Hits.Take(2).Select(h => h.PageId));
        Assert.Equal(20, result.Hits.Count);
        Assert.All(result.Hits.Skip(2), h => Assert.True(h.PageId <= SqliteSearchIndex.FirstPassLimit));
        Assert.Equal(count + 2, result.Total);
        Assert.True(result.IsTotalExact);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Search_AtTheRankLimit_RanksEveryMatchInFullAndJustPastItBoundsTheRanking(int extra)
    {
        // The best body match (the word three times in a short text) is the last page: found only when ranking is full.
        var count = SqliteSearchIndex.RankLimit + extra;
        var documents = Enumerable.Range(1, count - 1).Select(i => Document(i, $"Page {i}", "harbour " + Filler(i))).ToList();
        documents.Add(Document(count, "Page best", "harbour harbour harbour"));
        Index.Apply(documents, []);

        var result = Index.Search("\"harbour\"", 0, 20);

        Assert.Equal(count, result.Total);
        Assert.True(result.IsTotalExact);
        Assert.Equal(20, result.Hits.Count);
        Assert.Equal(extra == 0, result.Hits[0].PageId == count);
        Assert.Equal(result.Hits.Select(h => h.Score).Order(), result.Hits.Select(h => h.Score));
    }

    [Fact]
    public void Search_MoreMatchesThanTheFirstPassButWithinTheRankLimit_RanksEveryMatchInFull()
    {
        // Past the first pass in library order: the best body match and a title match are both found and
        // ordered by BM25 over every match, as FTS5's own ORDER BY bm25 would order them.
        var count = (SqliteSearchIndex.FirstPassLimit * 3) + 1;
        var documents = Enumerable.Range(1, count - 2).Select(i => Document(i, $"Page {i}", "harbour " + Filler(i))).ToList();
        documents.Add(Document(count - 1, "Harbour", "a long text about ships " + Filler(3) + " " + Filler(4)));
        documents.Add(Document(count, "Page best", "harbour harbour harbour"));
        Index.Apply(documents, []);

        var result = Index.Search("\"harbour\"", 0, 20);
        var second = Index.Search("\"harbour\"", 20, 20);

        Assert.Equal(count, result.Total);
        Assert.True(result.IsTotalExact);
        Assert.Equal([count - 1L, count], result.Hits.Take(2).Select(h => h.PageId).Order());
        Assert.Equal(result.Hits.Concat(second.Hits).Select(h => h.Score).Order(), result.Hits.Concat(second.Hits).Select(h => h.Score));
        Assert.Empty(result.Hits.Select(h => h.PageId).Intersect(second.Hits.Select(h => h.PageId)));
    }

    [Fact]
    public void Search_PagesAcrossTitleAndBodyMatches_HaveNoDuplicates()
    {
        var count = SqliteSearchIndex.RankLimit + 100;
        var documents = Enumerable.Range(1, count).Select(i => Document(i, i % 50 == 0 ? $"Harbour {i}" : $"Page {i}", "harbour " + Filler(i))).ToList();
        Index.Apply(documents, []);

        var seen = Enumerable.Range(0, 5).SelectMany(p => Index.Search("\"harbour\"", p * 20, 20).Hits.Select(h => h.PageId)).ToList();

        Assert.Equal(100, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(seen.Take(count / 50), id => Assert.Equal(0, id % 50));
    }

    [Fact]
    public void Search_MoreMatchesThanCountLimit_ReportsTheLimitAsALowerBound()
    {
        var documents = Enumerable.Range(1, SqliteSearchIndex.CountLimit + 5).Select(i => Document(i, $"P{i}", "quay")).ToList();
        Index.Apply(documents, []);

        var result = Index.Search("\"quay\"", 0, 20);

        Assert.Equal(SqliteSearchIndex.CountLimit, result.Total);
        Assert.False(result.IsTotalExact);
        Assert.Equal(20, result.Hits.Count);
    }

    [Fact]
    public void GetPlainTexts_IndexedAndRemovedPages_ReturnsStoredTextOfIndexedOnes()
    {
        Index.Apply([Document(1, "One", "first plain text é"), Document(2, "Two", "second")], []);
        Index.Apply([], [2]);

        var texts = Index.GetPlainTexts([1, 2, 3]);

        Assert.Equal("first plain text é", Assert.Single(texts).Value.Decompress());
        Assert.Empty(Index.Search("\"second\"", 0, 20).Hits);
        Assert.Empty(Index.Search("\"two\"", 0, 20).Hits);
    }

    [Fact]
    public void Apply_ReplacedPage_IsFoundByItsNewTitleOnly()
    {
        Index.Apply([Document(1, "Beacon", "text")], []);
        Index.Apply([Document(1, "Lantern", "text")], []);

        Assert.Empty(Index.Search("\"beacon\"", 0, 20).Hits);
        Assert.Equal("Lantern", Assert.Single(Index.Search("\"lantern\"", 0, 20).Hits).Title);
        using var reader = Index.GetPlainTexts([1])[1].OpenReader();
        Assert.Equal("text", reader.ReadToEnd());
    }

    [Fact]
    public void Search_TitleOnlyAndTextMatches_SayWhereTheTextFirstMatches()
    {
        Index.Apply([Document(1, "Harbour", "cliffs and gulls"), Document(2, "Coast", "a quiet harbour town by the harbour")], []);

        var hits = Index.Search("\"harbour\"", 0, 20).Hits.ToDictionary(h => h.PageId);

        Assert.Equal(-1, hits[1].FirstTextMatch);
        Assert.Equal(2, hits[2].FirstTextMatch);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(40)]
    public void Search_ManyMatches_PagesInExactlyFts5sBm25Order(int offset)
    {
        // 600 matches of varied scores: a page of 20 is picked from them without sorting them all.
        var documents = Enumerable.Range(1, 600).Select(i => Document(i, $"Page {i}", string.Join(' ', Enumerable.Repeat("harbour", 1 + (i % 4))) + " " + Filler(i * 7))).ToList();
        Index.Apply(documents, []);

        var ours = Index.Search("\"harbour\"", offset, 20).Hits.Select(h => h.PageId).ToList();
        var exact = _library.Provider.Readers.Use(c =>
        {
            var command = c.Command("SELECT rowid FROM search_fts WHERE search_fts MATCH $p0 ORDER BY bm25(search_fts, 10.0, 1.0), rowid LIMIT 20 OFFSET $p1", 2);
            SqliteValues.Bind(command, "\"harbour\"", offset);
            var ids = new List<long>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }

            return ids;
        });

        Assert.Equal(exact, ours);
    }

    private static string Filler(int i) => string.Join(' ', Enumerable.Repeat("word" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture), 1 + (i % 5)));

    private static SearchDocument Document(long id, string title, string body)
        => new(id, 1, 0, title, title.ToLowerInvariant(), null, body, []);
}

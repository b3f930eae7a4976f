using System.Globalization;
using Athenaeum.Storage.Sqlite.Ranking;

namespace Athenaeum.Storage.Sqlite.Tests;

/// <summary>
/// <c>athenaeum_bm25</c> against FTS5's own <c>bm25()</c> on the same rows: equal scores with the cache cold, warm,
/// after pages change, without a cache, and without phrase names.
/// </summary>
public sealed class SearchRankingTests : IDisposable
{
    private const string Ours = "SELECT rowid, athenaeum_bm25(search_fts, $p1, $p2, 10.0, 1.0) FROM search_fts WHERE search_fts MATCH $p0 ORDER BY rowid";
    private const string Theirs = "SELECT rowid, bm25(search_fts, 10.0, 1.0) FROM search_fts WHERE search_fts MATCH $p0 ORDER BY rowid";

    private static readonly string[] Expressions =
    [
        "\"the\"",
        "\"motorcycle\"",
        "\"grand\" AND \"prix\"",
        "\"award\" AND (\"film\" OR \"film\"*)",
        "\"enzyme\"*",
        "\"of\" AND \"and\" AND \"in\"",
    ];

    private readonly TemporaryLibrary _library = new();

    public void Dispose() => _library.Dispose();

    [Fact]
    public void Rank_RealArticles_EqualsFts5Bm25ColdAndWarm()
    {
        IndexArticles();

        foreach (var expression in Expressions)
        {
            AssertSameScores(expression);
            AssertSameScores(expression);
        }

        Assert.True(_library.Provider.RankingCache.AllocatedBytes > 0);
        Assert.True(_library.Provider.RankingCache.TryGetFrequency("motorcycle", out var pages) && pages > 0);
    }

    [Fact]
    public void Rank_AfterPagesChangeAndAreAdded_StillEqualsFts5Bm25()
    {
        var ids = IndexArticles();
        foreach (var expression in Expressions)
        {
            AssertSameScores(expression);
        }

        // A page grows eightfold (its cached length is stale), another is removed, a new one holds the words.
        var grown = string.Concat(Enumerable.Repeat(Texts()[0] + " ", 8));
        _library.Provider.Search.Apply(
            [Document(ids[0], "Grown", grown), Document(ids[^1] + 1, "Film award motorcycle", "grand prix enzymes of the award")],
            [ids[1]]);

        foreach (var expression in Expressions)
        {
            AssertSameScores(expression);
        }
    }

    [Fact]
    public void PrepareRanking_RealArticles_LoadsEveryLengthAsFts5CountsIt()
    {
        // Long articles too: their counts are multi-byte varints in FTS5's _docsize table.
        var ids = IndexArticles();

        var loaded = _library.Provider.Search.PrepareRanking(CancellationToken.None);

        Assert.Equal(ids.Count, loaded);
        Assert.All(ids, id => Assert.True(_library.Provider.RankingCache.TryGetLength(id, out _)));
        foreach (var expression in Expressions)
        {
            // Every length now comes from what was loaded: equal scores mean equal counts.
            AssertSameScores(expression);
        }
    }

    [Fact]
    public void Rank_WithoutCacheMemory_EqualsFts5Bm25AndKeepsNoLengths()
    {
        _library.Reopen(new SqliteLibraryOptions { RankingCacheMiB = 0 });
        IndexArticles();

        foreach (var expression in Expressions)
        {
            AssertSameScores(expression);
        }

        Assert.Equal(0, _library.Provider.RankingCache.AllocatedBytes);
    }

    [Fact]
    public void Rank_WithoutPhraseNames_EqualsFts5Bm25AndKeepsNoWordCounts()
    {
        IndexArticles();

        AssertSameScores("\"motorcycle\"", phrases: null);

        Assert.False(_library.Provider.RankingCache.TryGetFrequency("motorcycle", out _));
    }

    [Fact]
    public void Rank_PhraseNamesThatDoNotMatchTheQuery_AreNotKept()
    {
        IndexArticles();

        // Names in the wrong order: checked against the phrases FTS5 parsed, so neither count is kept under the other's name.
        AssertSameScores("\"grand\" AND \"prix\"", "prix" + SearchRanking.PhraseSeparator + "grand");

        Assert.False(_library.Provider.RankingCache.TryGetFrequency("prix", out _));
        Assert.False(_library.Provider.RankingCache.TryGetFrequency("grand", out _));
    }

    [Theory]
    [InlineData("\"a\"", "a")]
    [InlineData("\"a\" AND \"b\"", "a\u001fb")]
    [InlineData("\"a\" AND (\"b\" OR \"b\"*)", "a\u001fb\u001fb*")]
    [InlineData("\"wren\"*", "wren*")]
    [InlineData("a AND \"b\"", null)]
    [InlineData("\"a b\"", null)]
    [InlineData("\"a\" NEAR \"b\"", null)]
    [InlineData("title : \"a\"", null)]
    [InlineData("\"say \"\"hi\"\"\"", null)]
    [InlineData("", null)]
    public void PhraseKeys_Expression_NamesEachQuotedPhraseOrNothing(string expression, string? expected)
    {
        Assert.Equal(expected, SearchRanking.PhraseKeys(expression));
    }

    private void AssertSameScores(string expression) => AssertSameScores(expression, SearchRanking.PhraseKeys(expression));

    private void AssertSameScores(string expression, string? phrases)
    {
        var epoch = _library.Provider.RankingCache.Epoch;
        var (ours, theirs) = _library.Provider.Readers.Use(c => (Scores(c, Ours, expression, epoch, phrases), Scores(c, Theirs, expression)));

        Assert.NotEmpty(theirs);
        Assert.Equal(theirs.Keys, ours.Keys);
        foreach (var (id, score) in theirs)
        {
            Assert.True(Math.Abs(score - ours[id]) <= 1e-9 * Math.Max(1, Math.Abs(score)), $"{expression}, page {id}: bm25 {score}, ours {ours[id]}");
        }
    }

    private static SortedDictionary<long, double> Scores(PooledConnection connection, string sql, params object?[] values)
    {
        var command = connection.Command(sql, values.Length);
        SqliteValues.Bind(command, values);
        var scores = new SortedDictionary<long, double>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            scores[reader.GetInt64(0)] = reader.GetDouble(1);
        }

        return scores;
    }

    /// <summary>Indexes the corpus articles (real texts of very different lengths) as pages 1, 2, ….</summary>
    private List<long> IndexArticles()
    {
        var texts = Texts();
        var documents = texts.Select((text, i) => Document(i + 1, Path.GetFileNameWithoutExtension(Files()[i]).Replace('-', ' '), text)).ToList();
        _library.Provider.Search.Apply(documents, []);
        return documents.Select(d => d.PageId).ToList();
    }

    private static string[] Files() => Directory.GetFiles(CorpusPaths.Get("articles"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static string[] Texts() => Files().Select(File.ReadAllText).ToArray();

    private static SearchDocument Document(long id, string title, string body)
        => new(id, 1, 0, title, title.ToLower(CultureInfo.InvariantCulture), null, body, []);
}

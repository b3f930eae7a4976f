using System.Globalization;
using System.Text;
using Athenaeum.Storage.Sqlite.Ranking;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>
/// The SQLite <see cref="ISearchIndex"/>: FTS5 (contentless, BM25 with the title column weighted
/// <see cref="TitleWeight"/> times the body) plus the <c>search_page</c> and <c>search_trigram</c> tables.
/// </summary>
/// <remarks>Thread-safe: reads rent pooled connections, writes are serialized on the provider's write connection.</remarks>
internal sealed partial class SqliteSearchIndex : ISearchIndex
{
    /// <summary>How much more a match in the title counts than one in the body.</summary>
    public const double TitleWeight = 10.0;

    private const string OrphansSql =
        "SELECT s.page_id FROM search_page s LEFT JOIN page p ON p.id = s.page_id "
        + "WHERE p.id IS NULL OR p.is_removed = 1 OR p.namespace NOT IN ({0}) LIMIT $p0";

    private const string StaleSql =
        "SELECT {0} FROM page p LEFT JOIN search_page s ON s.page_id = p.id "
        + "WHERE p.id > $p0 AND p.is_removed = 0 AND p.namespace IN ({1}) AND (s.page_id IS NULL OR s.revision_id <> p.revision_id) "
        + "ORDER BY p.id LIMIT $p1";

    /// <summary>The first matches in library (rowid) order with their BM25 scores: ranked here, not by an SQL sort.</summary>
    /// <remarks>Ranked by <see cref="SearchRanking"/> (BM25 as FTS5 defines it, title ×<see cref="TitleWeight"/>); its epoch and phrase names are the last parameters.</remarks>
    private const string FirstMatchesSql =
        "SELECT rowid, athenaeum_bm25(search_fts, $p2, $p3, 10.0, 1.0) FROM search_fts WHERE search_fts MATCH $p0 ORDER BY rowid LIMIT $p1";

    /// <summary>The matches after a page id, with their scores: the rest of a query that is ranked in full.</summary>
    private const string LaterMatchesSql =
        "SELECT rowid, athenaeum_bm25(search_fts, $p3, $p4, 10.0, 1.0) FROM search_fts WHERE search_fts MATCH $p0 AND rowid > $p1 ORDER BY rowid LIMIT $p2";

    private const string TitleSearchSql =
        "SELECT rowid, bm25(search_title_fts) AS score FROM search_title_fts WHERE search_title_fts MATCH $p0 ORDER BY score LIMIT $p1";

    private const string CountSql = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH $p0 LIMIT $p1)";
    private const string TextsSql = "SELECT page_id, codec, utf8_length, data FROM search_text WHERE page_id IN (SELECT value FROM json_each($p0))";
    private const string TitleColumns = "page_id, namespace, title, norm_title, redirect_title";
    private const string PrefixSql = "SELECT " + TitleColumns + " FROM search_page WHERE norm_title >= $p0 AND norm_title < $p1 ORDER BY norm_title LIMIT $p2";
    private const string TitlesSql = "SELECT " + TitleColumns + " FROM search_page WHERE page_id IN (SELECT value FROM json_each($p0))";

    private const string TrigramSql =
        "SELECT t.page_id, count(*) AS n FROM search_trigram t WHERE t.trigram IN (SELECT value FROM json_each($p0)) "
        + "GROUP BY t.page_id ORDER BY n DESC, t.page_id LIMIT $p1";

    private const string CountsSql = "SELECT count(*), coalesce(sum(redirect_title IS NULL), 0) FROM search_page";

    private static readonly string PrefixedPageColumns = string.Join(", ", SqlitePageReader.Columns.Split(", ").Select(c => "p." + c));

    private readonly SqliteLibraryProvider _library;

    public SqliteSearchIndex(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public IReadOnlyList<PageRecord> GetStalePages(IReadOnlyCollection<int> namespaces, long afterPageId, int limit)
    {
        var sql = string.Format(CultureInfo.InvariantCulture, StaleSql, PrefixedPageColumns, NamespaceList(namespaces));
        return _library.Readers.Use(c =>
        {
            var command = c.Command(sql, 2);
            SqliteValues.Bind(command, afterPageId, limit);
            var list = new List<PageRecord>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                list.Add(SqlitePageReader.Read(reader));
            }

            return list;
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<long> GetOrphans(IReadOnlyCollection<int> namespaces, int limit)
    {
        var sql = string.Format(CultureInfo.InvariantCulture, OrphansSql, NamespaceList(namespaces));
        return _library.Readers.Use(c =>
        {
            var command = c.Command(sql, 1);
            SqliteValues.Bind(command, limit);
            var list = new List<long>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                list.Add(reader.GetInt64(0));
            }

            return list;
        });
    }

    /// <inheritdoc/>
    public SearchIndexCounts GetCounts() => _library.Readers.Use(c =>
    {
        using var reader = c.Command(CountsSql, 0).ExecuteReader();
        reader.Read();
        return new SearchIndexCounts(reader.GetInt64(0), reader.GetInt64(1));
    });

    /// <inheritdoc/>
    public SearchResultPage Search(string matchExpression, int offset, int limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(matchExpression);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        try
        {
            return _library.Readers.Use(c =>
            {
                // One pass scores the first FirstPassLimit + 1 matches; only a query matching more is counted, and
                // when it matches at most RankLimit pages the rest are scored too and everything is ranked in full.
                // Taken before the statements start reading: counts learned under an older snapshot are not kept.
                var epoch = _library.RankingCache.Epoch;
                var phrases = SearchRanking.PhraseKeys(matchExpression);
                var textMatches = new List<(long Rowid, int FirstToken)>();
                var first = Rank(c, FirstMatchesSql, 4, textMatches, matchExpression, FirstPassLimit + 1, epoch, phrases);

                long total = first.Count;
                if (total > FirstPassLimit)
                {
                    var count = c.Command(CountSql, 2);
                    SqliteValues.Bind(count, matchExpression, CountLimit + 1);
                    total = (long)count.ExecuteScalar()!;
                    if (total <= RankLimit)
                    {
                        // Bounded even if the index grew since the count (the server keeps it in step while serving).
                        first.AddRange(Rank(c, LaterMatchesSql, 5, textMatches, matchExpression, first[^1].Id, RankLimit - first.Count, epoch, phrases));
                    }
                    else
                    {
                        first.RemoveAt(FirstPassLimit);
                    }
                }

                var ranked = total <= RankLimit ? BestFirst(first, offset, limit) : RankBounded(c, matchExpression, first, offset, limit);
                var titles = ReadTitles(c, ranked.Select(r => r.Id).ToList());
                var firstTextMatches = FirstTextMatches(textMatches, titles.Keys);
                var hits = new List<SearchHit>(ranked.Count);
                foreach (var (id, score) in ranked)
                {
                    if (titles.TryGetValue(id, out var title))
                    {
                        hits.Add(new SearchHit(id, title.Namespace, title.Title, score) { FirstTextMatch = firstTextMatches.TryGetValue(id, out var token) ? token : null });
                    }
                }

                return total > CountLimit ? new SearchResultPage(hits, CountLimit, IsTotalExact: false) : new SearchResultPage(hits, total);
            });
        }
        catch (SqliteException ex) when (ex.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Not a valid full-text query: {matchExpression} ({ex.Message})", nameof(matchExpression), ex);
        }
    }

    /// <inheritdoc/>
    public void ForgetCachedState() => _library.RankingCache.Clear();

    /// <inheritdoc/>
    public int PrepareRanking(CancellationToken cancellationToken)
    {
        var cache = _library.RankingCache;

        // Taken before the read starts: a page re-indexed meanwhile makes the rest of what is read not kept.
        var epoch = cache.Epoch;
        return _library.Readers.Use(c =>
        {
            // FTS5's _docsize table: one row per indexed page, its token count per column as varints (the count
            // bm25() looks up per match). Read once here, in rowid order, instead of once per match.
            using var command = c.Connection.CreateCommand();
            command.CommandText = "SELECT id, sz FROM search_fts_docsize";
            using var reader = command.ExecuteReader();
            var buffer = new byte[64];
            var loaded = 0;
            while (reader.Read() && !cancellationToken.IsCancellationRequested && epoch == cache.Epoch)
            {
                var length = (int)reader.GetBytes(1, 0, buffer, 0, buffer.Length);
                cache.SetLength(reader.GetInt64(0), SumVarints(buffer.AsSpan(0, length)), epoch);
                loaded++;
            }

            return loaded;
        });
    }

    /// <summary>Sums the SQLite varints of a blob (FTS5's per-column token counts).</summary>
    private static int SumVarints(ReadOnlySpan<byte> bytes)
    {
        long sum = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            long value = 0;
            var n = 0;
            while (i < bytes.Length)
            {
                var b = bytes[i++];
                if (++n == 9)
                {
                    value = (value << 8) | b;
                    break;
                }

                value = (value << 7) | (uint)(b & 0x7f);
                if ((b & 0x80) == 0)
                {
                    break;
                }
            }

            sum += value;
        }

        return (int)Math.Min(sum, int.MaxValue);
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<long, CompressedText> GetPlainTexts(IReadOnlyCollection<long> pageIds)
    {
        ArgumentNullException.ThrowIfNull(pageIds);
        if (pageIds.Count == 0)
        {
            return new Dictionary<long, CompressedText>();
        }

        return _library.Readers.Use(c =>
        {
            var command = c.Command(TextsSql, 1);
            SqliteValues.Bind(command, JsonArray(pageIds));
            var texts = new Dictionary<long, CompressedText>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var data = (byte[])reader.GetValue(3);
                texts[reader.GetInt64(0)] = new CompressedText((TextCodec)reader.GetInt32(1), data, reader.GetInt32(2));
            }

            return texts;
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<IndexedTitle> FindByPrefix(string normalizedPrefix, int limit)
    {
        ArgumentNullException.ThrowIfNull(normalizedPrefix);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(PrefixSql, 3);
            SqliteValues.Bind(command, normalizedPrefix, normalizedPrefix + "\U0010FFFF", limit);
            return ReadTitleRows(command);
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<IndexedTitle> FindByTrigrams(IReadOnlyCollection<long> trigrams, int limit)
    {
        ArgumentNullException.ThrowIfNull(trigrams);
        if (trigrams.Count == 0)
        {
            return [];
        }

        return _library.Readers.Use(c =>
        {
            var command = c.Command(TrigramSql, 2);
            SqliteValues.Bind(command, JsonArray(trigrams), limit);
            var ids = new List<long>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetInt64(0));
                }
            }

            var titles = ReadTitles(c, ids);
            return ids.Where(titles.ContainsKey).Select(id => titles[id]).ToList();
        });
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<long, IndexedTitle> GetTitles(IReadOnlyCollection<long> pageIds)
    {
        ArgumentNullException.ThrowIfNull(pageIds);
        return pageIds.Count == 0 ? new Dictionary<long, IndexedTitle>() : _library.Readers.Use(c => ReadTitles(c, pageIds));
    }

    private static Dictionary<long, IndexedTitle> ReadTitles(PooledConnection connection, IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var command = connection.Command(TitlesSql, 1);
        SqliteValues.Bind(command, JsonArray(ids));
        return ReadTitleRows(command).ToDictionary(t => t.PageId);
    }

    private static List<IndexedTitle> ReadTitleRows(SqliteCommand command)
    {
        var list = new List<IndexedTitle>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new IndexedTitle(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), SqliteValues.GetStringOrNull(reader, 4)));
        }

        return list;
    }

    private static string JsonArray(IEnumerable<long> values)
    {
        var sb = new StringBuilder("[");
        foreach (var value in values)
        {
            if (sb.Length > 1)
            {
                sb.Append(',');
            }

            sb.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        return sb.Append(']').ToString();
    }

    private static string NamespaceList(IReadOnlyCollection<int> namespaces)
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        if (namespaces.Count == 0)
        {
            throw new ArgumentException("At least one namespace is needed.", nameof(namespaces));
        }

        return string.Join(", ", namespaces.Order().Select(n => n.ToString(CultureInfo.InvariantCulture)));
    }
}

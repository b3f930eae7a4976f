namespace Athenaeum.Storage.Sqlite;

/// <content>
/// Ranking with bounded cost. BM25 costs about a microsecond per matching page (FTS5 reads every match's
/// position list), so a query matching tens of thousands of pages would take tens of milliseconds. One
/// pass reads the first <see cref="RankLimit"/> + 1 matches in library order with their scores: when
/// that is all of them, they are ranked in full. Beyond that, pages whose title holds every word come first
/// (ranked by BM25 over the small title index), then the body matches among the first
/// <see cref="RankLimit"/> pages in library order (dump order: in Wikipedia dumps the oldest, most
/// established articles first), ranked by BM25; only then is the query counted further, up to
/// <see cref="CountLimit"/>.
/// </content>
internal sealed partial class SqliteSearchIndex
{
    /// <summary>Matches counted at most; a query matching more reports this many, as a lower bound.</summary>
    public const int CountLimit = 10_000;

    /// <summary>Matches ranked by full BM25 at most (see the remarks of this class).</summary>
    public const int RankLimit = 1_000;

    /// <summary>Title matches ranked at most when a query matches more than <see cref="RankLimit"/> pages.</summary>
    public const int TitleLimit = 1_000;

    /// <summary>Best first: BM25 is lower for better matches; ties in library order.</summary>
    private static readonly Comparison<(long Id, double Score)> ByScore =
        static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : a.Id.CompareTo(b.Id);

    private static List<(long Id, double Score)> Rank(PooledConnection connection, string sql, int parameters, params ReadOnlySpan<object?> values)
    {
        var command = connection.Command(sql, parameters);
        SqliteValues.Bind(command, values);
        var ranked = new List<(long Id, double Score)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return ranked;
    }

    /// <summary>Orders scored matches best first and cuts one page.</summary>
    private static List<(long Id, double Score)> BestFirst(List<(long Id, double Score)> scored, int offset, int limit)
    {
        scored.Sort(ByScore);
        return scored.Skip(offset).Take(limit).ToList();
    }

    private static List<(long Id, double Score)> RankBounded(
        PooledConnection connection, string matchExpression, List<(long Id, double Score)> firstMatches, int offset, int limit)
    {
        var merged = Rank(connection, TitleSearchSql, 2, matchExpression, TitleLimit);
        var wanted = offset + limit;
        if (merged.Count < wanted)
        {
            var seen = merged.Select(m => m.Id).ToHashSet();
            firstMatches.Sort(ByScore);
            foreach (var hit in firstMatches)
            {
                if (merged.Count >= wanted)
                {
                    break;
                }

                if (seen.Add(hit.Id))
                {
                    merged.Add(hit);
                }
            }
        }

        return merged.Skip(offset).Take(limit).ToList();
    }
}

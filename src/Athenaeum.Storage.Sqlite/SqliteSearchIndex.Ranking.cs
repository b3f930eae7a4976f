namespace Athenaeum.Storage.Sqlite;

/// <content>
/// Ranking with bounded cost. BM25 ordering costs about a microsecond per matching page (FTS5 reads
/// every match's position list), so a query matching tens of thousands of pages would take tens of
/// milliseconds. Up to <see cref="RankLimit"/> matches are ranked in full; beyond that, pages whose
/// title holds every word come first (ranked by BM25 over the small title index), then the body matches
/// among the first <see cref="RankLimit"/> pages in library order (dump order: in Wikipedia dumps the
/// oldest, most established articles first), ranked by BM25.
/// </content>
internal sealed partial class SqliteSearchIndex
{
    /// <summary>Matches counted at most; a query matching more reports this many, as a lower bound.</summary>
    public const int CountLimit = 10_000;

    /// <summary>Matches ranked by full BM25 at most (see the remarks of this class).</summary>
    public const int RankLimit = 1_000;

    /// <summary>Title matches ranked at most when a query matches more than <see cref="RankLimit"/> pages.</summary>
    public const int TitleLimit = 1_000;

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

    private static List<(long Id, double Score)> RankBounded(PooledConnection connection, string matchExpression, int offset, int limit)
    {
        var merged = Rank(connection, TitleSearchSql, 2, matchExpression, TitleLimit);
        var wanted = offset + limit;
        if (merged.Count < wanted)
        {
            var nth = connection.Command(NthMatchSql, 2);
            SqliteValues.Bind(nth, matchExpression, RankLimit - 1);
            var bound = nth.ExecuteScalar() is long last ? last : long.MaxValue;
            var seen = merged.Select(m => m.Id).ToHashSet();

            // Enough body hits to fill the page after dropping those already ranked as title matches.
            foreach (var hit in Rank(connection, BoundedSearchSql, 4, matchExpression, wanted + seen.Count, 0, bound))
            {
                if (seen.Add(hit.Id))
                {
                    merged.Add(hit);
                }
            }
        }

        return merged.Skip(offset).Take(limit).ToList();
    }
}

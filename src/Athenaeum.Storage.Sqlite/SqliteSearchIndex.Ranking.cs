using Athenaeum.Storage.Sqlite.Ranking;

namespace Athenaeum.Storage.Sqlite;

/// <content>
/// Ranking with bounded cost. BM25 costs one to two microseconds per matching page (FTS5 reads every match's
/// position list), so a query matching a hundred thousand pages would take a fifth of a second. One pass
/// reads the first <see cref="FirstPassLimit"/> + 1 matches in library order with their scores: when that is
/// all of them, they are ranked in full. A query matching more is counted (up to <see cref="CountLimit"/>,
/// which costs far less than scoring); when it matches at most <see cref="RankLimit"/> pages the rest are
/// scored too and all are ranked in full (exact BM25). Beyond that, pages whose title holds every word come
/// first (ranked by BM25 over the small title index), then the body matches among the first
/// <see cref="FirstPassLimit"/> pages in library order (dump order: in Wikipedia dumps the oldest, most
/// established articles first), ranked by BM25. Until measured (docs/web.md, "Search quality") the full
/// ranking stopped at 1,000 matches, and the bounded one gave a different first result than exact BM25
/// for seven frequent-word queries in ten.
/// </content>
internal sealed partial class SqliteSearchIndex
{
    /// <summary>Matches counted at most; a query matching more reports this many, as a lower bound.</summary>
    public const int CountLimit = 10_000;

    /// <summary>
    /// Matches ranked by full BM25 at most (see the remarks of this class). 5,000 and not the 10,000 counted:
    /// scoring a match costs one to two microseconds, and the slowest queries set the latency tail; 5,000
    /// gave about 80 % of the quality gain of 10,000 at half its extra cost (docs/web.md, "Search quality").
    /// </summary>
    public const int RankLimit = 5_000;

    /// <summary>Matches scored in the first pass, and body matches ranked when a query matches more than <see cref="RankLimit"/> pages.</summary>
    public const int FirstPassLimit = 1_000;

    /// <summary>Title matches ranked at most when a query matches more than <see cref="RankLimit"/> pages.</summary>
    public const int TitleLimit = 1_000;

    /// <summary>Best first: BM25 is lower for better matches; ties in library order.</summary>
    private static readonly Comparison<(long Id, double Score)> ByScore =
        static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : a.Id.CompareTo(b.Id);

    private static List<(long Id, double Score)> Rank(PooledConnection connection, string sql, int parameters, params ReadOnlySpan<object?> values)
        => Rank(connection, sql, parameters, null, values);

    /// <summary>Runs a ranking statement; with <paramref name="textMatches"/>, records where each row's text first matches (<see cref="SearchRanking.StartRecording"/>).</summary>
    private static List<(long Id, double Score)> Rank(
        PooledConnection connection, string sql, int parameters, List<(long Rowid, int FirstToken)>? textMatches, params ReadOnlySpan<object?> values)
    {
        var command = connection.Command(sql, parameters);
        SqliteValues.Bind(command, values);
        var ranked = new List<(long Id, double Score)>();
        if (textMatches is not null)
        {
            SearchRanking.StartRecording(textMatches);
        }

        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
            }
        }
        finally
        {
            SearchRanking.StopRecording();
        }

        return ranked;
    }

    /// <summary>Where the text of each of some pages first matched, from what the ranking recorded.</summary>
    private static Dictionary<long, int> FirstTextMatches(List<(long Rowid, int FirstToken)> recorded, IEnumerable<long> pageIds)
    {
        var wanted = pageIds.ToHashSet();
        var found = new Dictionary<long, int>(wanted.Count);
        foreach (var (rowid, token) in recorded)
        {
            if (wanted.Contains(rowid))
            {
                found[rowid] = token;
            }
        }

        return found;
    }

    /// <summary>Orders scored matches best first and cuts one page.</summary>
    private static List<(long Id, double Score)> BestFirst(List<(long Id, double Score)> scored, int offset, int limit)
    {
        var wanted = offset + limit;
        if (scored.Count <= 2 * wanted)
        {
            scored.Sort(ByScore);
            return scored.Skip(offset).Take(limit).ToList();
        }

        // Only the best offset + limit are needed (a page of 20 out of up to 5,000): keep them in a heap whose root
        // is the worst kept, instead of sorting every match.
        var heap = new PriorityQueue<(long Id, double Score), (long Id, double Score)>(wanted + 1, Comparer<(long Id, double Score)>.Create((a, b) => ByScore(b, a)));
        foreach (var hit in scored)
        {
            if (heap.Count < wanted)
            {
                heap.Enqueue(hit, hit);
            }
            else if (ByScore(hit, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(hit, hit);
            }
        }

        var best = new List<(long Id, double Score)>(heap.Count);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }

        best.Reverse();
        return best.Skip(offset).Take(limit).ToList();
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

using Microsoft.Data.Sqlite;

namespace Athenaeum.Bench.SearchQuality;

/// <summary>
/// The site's two-tier ranking of a query matching more than it ranks in full, done here in SQL so that its
/// quality can be set against any full-ranking limit: title matches by BM25 over the title index, then the
/// first 1,000 matches in library order by BM25.
/// </summary>
internal static class BoundedRanking
{
    public static List<long> Top(SqliteConnection connection, string expression, int limit)
    {
        var ranked = Read(connection, "SELECT rowid FROM search_title_fts WHERE search_title_fts MATCH $q ORDER BY bm25(search_title_fts), rowid LIMIT $n", expression, limit);
        var body = Read(connection, "SELECT rowid FROM (SELECT rowid, bm25(search_fts, 10.0, 1.0) AS s FROM search_fts WHERE search_fts MATCH $q ORDER BY rowid LIMIT 1000) ORDER BY s, rowid LIMIT $n", expression, limit * 2);
        foreach (var id in body)
        {
            if (ranked.Count < limit && !ranked.Contains(id))
            {
                ranked.Add(id);
            }
        }

        return ranked;
    }

    /// <summary>Counts a query's matches, up to one more than <paramref name="limit"/>.</summary>
    public static long Count(SqliteConnection connection, string expression, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH $q LIMIT $n)";
        command.Parameters.AddWithValue("$q", expression);
        command.Parameters.AddWithValue("$n", limit + 1);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Runs <paramref name="sql"/> with <c>$q</c> = <paramref name="expression"/> and <c>$n</c> = <paramref name="limit"/> and reads the ids it returns.</summary>
    internal static List<long> Read(SqliteConnection connection, string sql, string expression, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$q", expression);
        command.Parameters.AddWithValue("$n", limit);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}

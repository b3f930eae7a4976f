using Microsoft.Data.Sqlite;

namespace Athenaeum.Bench.SearchQuality;

/// <summary>The reference: BM25 over every match (title weighted as the site weights it), by FTS5 itself.</summary>
internal static class ExactRanking
{
    public static List<long> Top(SqliteConnection connection, string expression, int limit)
        => BoundedRanking.Read(connection, "SELECT rowid FROM search_fts WHERE search_fts MATCH $q ORDER BY bm25(search_fts, 10.0, 1.0), rowid LIMIT $n", expression, limit);
}

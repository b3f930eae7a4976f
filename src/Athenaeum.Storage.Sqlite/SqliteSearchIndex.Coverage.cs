using System.Globalization;

namespace Athenaeum.Storage.Sqlite;

/// <content>How much of the library the index covers (for the rebuild notice and the status endpoint).</content>
internal sealed partial class SqliteSearchIndex
{
    private const string CoverageSql =
        "SELECT count(*), count(s.page_id) FROM page p LEFT JOIN search_page s ON s.page_id = p.id AND s.revision_id = p.revision_id "
        + "WHERE p.is_removed = 0 AND p.redirect_title IS NULL AND p.namespace IN ({0})";

    /// <inheritdoc/>
    public SearchIndexCoverage GetCoverage(IReadOnlyCollection<int> namespaces)
    {
        var sql = string.Format(CultureInfo.InvariantCulture, CoverageSql, NamespaceList(namespaces));
        return _library.Readers.Use(c =>
        {
            using var reader = c.Command(sql, 0).ExecuteReader();
            reader.Read();
            return new SearchIndexCoverage(reader.GetInt64(1), reader.GetInt64(0));
        });
    }
}

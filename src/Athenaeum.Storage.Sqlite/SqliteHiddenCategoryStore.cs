using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="IHiddenCategoryStore"/>: schema 4's <c>category_hidden</c> table beside <c>page</c>.</summary>
/// <remarks>Thread-safe: reads rent pooled connections, writes are serialized on the provider's write connection.</remarks>
internal sealed class SqliteHiddenCategoryStore : IHiddenCategoryStore
{
    private const string Columns =
        "p.id, p.title, p.revision_id, p.redirect_title, h.revision_id, h.is_hidden, h.decided_by, h.dependencies "
        + "FROM page p LEFT JOIN category_hidden h ON h.page_id = p.id ";

    private const string ListSql =
        "SELECT " + Columns + "WHERE p.namespace = 14 AND p.is_removed = 0 AND p.id > $p0 ORDER BY p.id LIMIT $p1";

    private const string GetSql = "SELECT " + Columns + "WHERE p.namespace = 14 AND p.title = $p0 AND p.is_removed = 0";

    private const string CountHiddenSql =
        "SELECT count(*) FROM category_hidden h JOIN page p ON p.id = h.page_id WHERE h.is_hidden = 1 AND h.revision_id = p.revision_id AND p.namespace = 14 AND p.is_removed = 0";

    private const string UpsertSql =
        "INSERT INTO category_hidden (page_id, revision_id, is_hidden, decided_by, dependencies) VALUES ($page, $rev, $hidden, $by, $deps) "
        + "ON CONFLICT (page_id) DO UPDATE SET revision_id = excluded.revision_id, is_hidden = excluded.is_hidden, "
        + "decided_by = excluded.decided_by, dependencies = excluded.dependencies";

    // Rows of pages that were removed or left the Category namespace: derived data nobody reads any more.
    private const string PruneSql =
        "DELETE FROM category_hidden WHERE page_id IN (SELECT h.page_id FROM category_hidden h LEFT JOIN page p ON p.id = h.page_id "
        + "WHERE p.id IS NULL OR p.is_removed = 1 OR p.namespace <> 14)";

    private readonly SqliteLibraryProvider _library;

    public SqliteHiddenCategoryStore(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public IReadOnlyList<CategoryPageState> ListCategoryPages(long afterPageId, int limit) => _library.Readers.Use(c =>
    {
        var command = c.Command(ListSql, 2);
        SqliteValues.Bind(command, afterPageId, limit);
        return ReadAll(command);
    });

    /// <inheritdoc/>
    public CategoryPageState? GetCategoryPage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(GetSql, 1);
            SqliteValues.Bind(command, name);
            return ReadAll(command).FirstOrDefault();
        });
    }

    /// <inheritdoc/>
    public long CountHidden() => _library.Readers.Use(c => (long)c.Command(CountHiddenSql, 0).ExecuteScalar()!);

    /// <inheritdoc/>
    public void Save(IReadOnlyCollection<HiddenCategoryDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        _library.UseSmallWriter(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = UpsertSql;
                var page = command.Parameters.Add("$page", SqliteType.Integer);
                var revision = command.Parameters.Add("$rev", SqliteType.Integer);
                var hidden = command.Parameters.Add("$hidden", SqliteType.Integer);
                var by = command.Parameters.Add("$by", SqliteType.Integer);
                var dependencies = command.Parameters.Add("$deps", SqliteType.Text);
                foreach (var decision in decisions)
                {
                    page.Value = decision.PageId;
                    revision.Value = decision.RevisionId;
                    hidden.Value = decision.IsHidden ? 1 : 0;
                    by.Value = (int)decision.Source;
                    dependencies.Value = decision.Dependencies;
                    command.ExecuteNonQuery();
                }
            }

            transaction.Commit();
            return 0;
        });
    }

    /// <inheritdoc/>
    public void Prune() => _library.UseSmallWriter(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = PruneSql;
        return command.ExecuteNonQuery();
    });

    private static List<CategoryPageState> ReadAll(SqliteCommand command)
    {
        var list = new List<CategoryPageState>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var pageId = reader.GetInt64(0);
            HiddenCategoryDecision? decision = reader.IsDBNull(4)
                ? null
                : new HiddenCategoryDecision(pageId, reader.GetInt64(4), reader.GetInt64(5) != 0, (HiddenCategorySource)reader.GetInt32(6), reader.GetString(7));
            list.Add(new CategoryPageState(pageId, reader.GetString(1), reader.GetInt64(2), !reader.IsDBNull(3), decision));
        }

        return list;
    }
}

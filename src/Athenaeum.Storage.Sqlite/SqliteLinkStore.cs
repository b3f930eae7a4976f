using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="ILinkStore"/>.</summary>
/// <remarks>Thread-safe: reads rent pooled connections; <see cref="ReplaceLinks"/> is serialized on the provider's write connection.</remarks>
internal sealed class SqliteLinkStore : ILinkStore
{
    private const string CategoriesSql = "SELECT category, sort_key_prefix FROM category_link WHERE page_id = $p0 ORDER BY category";
    private const string MembersSql =
        "SELECT p.id, p.namespace, p.title, p.redirect_title, c.sort_key FROM category_link c JOIN page p ON p.id = c.page_id "
        + "WHERE c.category = $p0 AND c.sort_key >= $p1 AND p.is_removed = 0 ORDER BY c.sort_key, p.title LIMIT $p2";
    private const string CountMembersSql =
        "SELECT count(*) FROM category_link c JOIN page p ON p.id = c.page_id WHERE c.category = $p0 AND p.is_removed = 0";
    private const string LinksSql = "SELECT target_namespace, target_title FROM page_link WHERE page_id = $p0 ORDER BY target_namespace, target_title";
    private const string CountLinksSql = "SELECT count(*) FROM page_link WHERE page_id = $p0";
    private const string LinksHereSql =
        "SELECT p.id, p.namespace, p.title, p.redirect_title FROM page_link l JOIN page p ON p.id = l.page_id "
        + "WHERE l.target_namespace = $p0 AND l.target_title = $p1 AND p.is_removed = 0 ORDER BY l.page_id LIMIT $p2";
    private const string TemplatesSql = "SELECT target_namespace, target_title FROM template_link WHERE page_id = $p0 ORDER BY target_namespace, target_title";
    private const string TransclusionsSql =
        "SELECT p.id, p.namespace, p.title, p.redirect_title FROM template_link l JOIN page p ON p.id = l.page_id "
        + "WHERE l.target_namespace = $p0 AND l.target_title = $p1 AND p.is_removed = 0 ORDER BY l.page_id LIMIT $p2";
    private const string ImagesSql = "SELECT file_name FROM image_link WHERE page_id = $p0 ORDER BY file_name";
    private const string FileUsageSql =
        "SELECT p.id, p.namespace, p.title, p.redirect_title FROM image_link l JOIN page p ON p.id = l.page_id "
        + "WHERE l.file_name = $p0 AND p.is_removed = 0 ORDER BY l.page_id LIMIT $p1";

    private readonly SqliteLibraryProvider _library;

    public SqliteLinkStore(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public IReadOnlyList<CategoryMembership> GetCategories(long pageId) => _library.Readers.Use(c =>
    {
        var command = c.Command(CategoriesSql, 1);
        SqliteValues.Bind(command, pageId);
        var list = new List<CategoryMembership>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new CategoryMembership(reader.GetString(0), reader.GetString(1)));
        }

        return list;
    });

    /// <inheritdoc/>
    public IReadOnlyList<CategoryMember> GetCategoryMembers(string category, string fromSortKey, int limit)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(fromSortKey);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(MembersSql, 3);
            SqliteValues.Bind(command, category, fromSortKey, limit);
            var list = new List<CategoryMember>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var page = new PageReference(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), !reader.IsDBNull(3));
                list.Add(new CategoryMember(page, reader.GetString(4)));
            }

            return list;
        });
    }

    /// <inheritdoc/>
    public long CountCategoryMembers(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(CountMembersSql, 1);
            SqliteValues.Bind(command, category);
            return (long)(command.ExecuteScalar() ?? 0L);
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<LinkTarget> GetLinks(long pageId) => ReadTargets(LinksSql, pageId);

    /// <inheritdoc/>
    public long CountLinks(long pageId) => _library.Readers.Use(c =>
    {
        var command = c.Command(CountLinksSql, 1);
        SqliteValues.Bind(command, pageId);
        return (long)(command.ExecuteScalar() ?? 0L);
    });

    /// <inheritdoc/>
    public IReadOnlyList<PageReference> GetLinksHere(LinkTarget target, int limit) => ReadReferences(LinksHereSql, target, limit);

    /// <inheritdoc/>
    public IReadOnlyList<LinkTarget> GetTemplates(long pageId) => ReadTargets(TemplatesSql, pageId);

    /// <inheritdoc/>
    public IReadOnlyList<PageReference> GetTransclusions(LinkTarget target, int limit) => ReadReferences(TransclusionsSql, target, limit);

    /// <inheritdoc/>
    public IReadOnlyList<string> GetImages(long pageId) => _library.Readers.Use(c =>
    {
        var command = c.Command(ImagesSql, 1);
        SqliteValues.Bind(command, pageId);
        var list = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    });

    /// <inheritdoc/>
    public IReadOnlyList<PageReference> GetFileUsage(string fileName, int limit)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(FileUsageSql, 2);
            SqliteValues.Bind(command, fileName, limit);
            return SqlitePageReader.ReadReferences(command);
        });
    }

    /// <inheritdoc/>
    public void ReplaceLinks(long pageId, PageLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        _library.UseSmallWriter(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            string title;
            using (var find = connection.CreateCommand())
            {
                find.Transaction = transaction;
                find.CommandText = "SELECT title FROM page WHERE id = $id";
                find.Parameters.AddWithValue("$id", pageId);
                title = find.ExecuteScalar() as string
                    ?? throw new LibraryException($"{_library.Location}: cannot replace the links of page {pageId}: no such page.");
            }

            using var writer = new SqliteLinkWriter(connection);
            writer.Delete(pageId);
            writer.Insert(pageId, title, links);
            transaction.Commit();
            return 0;
        });
    }

    private List<LinkTarget> ReadTargets(string sql, long pageId) => _library.Readers.Use(c =>
    {
        var command = c.Command(sql, 1);
        SqliteValues.Bind(command, pageId);
        var list = new List<LinkTarget>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new LinkTarget(reader.GetInt32(0), reader.GetString(1)));
        }

        return list;
    });

    private List<PageReference> ReadReferences(string sql, LinkTarget target, int limit) => _library.Readers.Use(c =>
    {
        SqliteCommand command = c.Command(sql, 3);
        SqliteValues.Bind(command, target.Namespace, target.Title, limit);
        return SqlitePageReader.ReadReferences(command);
    });
}

namespace Athenaeum.Storage.Sqlite;

/// <summary>
/// The SQLite <see cref="ICollectionStore"/>, over schema 1's <c>category_link</c> and <c>page</c> tables.
/// Members are ordered by (sort key, page id), which is the order of <c>ix_category_link_category</c>
/// (its rows carry the primary key's page id), so a page of members stops reading after <c>limit</c> rows.
/// </summary>
/// <remarks>Thread-safe: every call rents a pooled connection.</remarks>
internal sealed class SqliteCollectionStore : ICollectionStore
{
    private const string ListSql =
        "SELECT c.category, count(*) FROM category_link c JOIN page p ON p.id = c.page_id AND p.is_removed = 0 "
        + "WHERE c.category >= $p0 GROUP BY c.category ORDER BY c.category LIMIT $p1";

    private const string ListBeforeSql =
        "SELECT c.category, count(*) FROM category_link c JOIN page p ON p.id = c.page_id AND p.is_removed = 0 "
        + "WHERE c.category < $p0 GROUP BY c.category ORDER BY c.category DESC LIMIT $p1";

    private const string CountSql =
        "SELECT count(*) FROM (SELECT 1 FROM category_link c JOIN page p ON p.id = c.page_id AND p.is_removed = 0 GROUP BY c.category)";

    private const string LargestSql =
        "SELECT c.category, count(*) AS n FROM category_link c JOIN page p ON p.id = c.page_id AND p.is_removed = 0 "
        + "GROUP BY c.category ORDER BY n DESC, c.category LIMIT $p0";

    private const string MembersSql =
        "SELECT p.id, p.namespace, p.title, p.redirect_title, c.sort_key FROM category_link c JOIN page p ON p.id = c.page_id "
        + "WHERE c.category = $p0 AND p.is_removed = 0 AND {0} AND c.sort_key >= $p1 AND (c.sort_key > $p1 OR c.page_id > $p2) "
        + "ORDER BY c.sort_key, c.page_id LIMIT $p3";

    private const string CountMembersSql =
        "SELECT count(*) FROM category_link c JOIN page p ON p.id = c.page_id WHERE c.category = $p0 AND p.is_removed = 0 AND {0}";

    // Categories whose current page, at its current revision, is stored as hidden (schema 4's category_hidden):
    // evaluated once per query. A decision for an older revision counts as undecided (shown), as for an article's
    // Collections, until the scanner decides the page again.
    private const string NotHidden =
        " AND c.category NOT IN (SELECT hp.title FROM category_hidden h JOIN page hp ON hp.id = h.page_id "
        + "WHERE h.is_hidden = 1 AND h.revision_id = hp.revision_id AND hp.namespace = 14 AND hp.is_removed = 0)";

    private const string ListVisibleSql =
        "SELECT c.category, count(*) FROM category_link c JOIN page p ON p.id = c.page_id AND p.is_removed = 0 "
        + "WHERE c.category >= $p0" + NotHidden + " GROUP BY c.category ORDER BY c.category LIMIT $p1";

    private const string ListVisibleBeforeSql =
        "SELECT c.category, count(*) FROM category_link c JOIN page p ON p.id = c.page_id AND p.is_removed = 0 "
        + "WHERE c.category < $p0" + NotHidden + " GROUP BY c.category ORDER BY c.category DESC LIMIT $p1";

    private const string CountVisibleSql =
        "SELECT count(*) FROM (SELECT 1 FROM category_link c JOIN page p ON p.id = c.page_id AND p.is_removed = 0 WHERE 1 = 1"
        + NotHidden + " GROUP BY c.category)";

    private const string LargestVisibleSql =
        "SELECT c.category, count(*) AS n FROM category_link c JOIN page p ON p.id = c.page_id AND p.is_removed = 0 WHERE 1 = 1"
        + NotHidden + " GROUP BY c.category ORDER BY n DESC, c.category LIMIT $p0";

    private readonly SqliteLibraryProvider _library;

    public SqliteCollectionStore(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public IReadOnlyList<CollectionSummary> ListCollections(string fromName, int limit)
    {
        ArgumentNullException.ThrowIfNull(fromName);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(ListSql, 2);
            SqliteValues.Bind(command, fromName, limit);
            return ReadSummaries(command);
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<CollectionSummary> ListCollectionsBefore(string beforeName, int limit)
    {
        ArgumentNullException.ThrowIfNull(beforeName);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(ListBeforeSql, 2);
            SqliteValues.Bind(command, beforeName, limit);
            return ReadSummaries(command);
        });
    }

    /// <inheritdoc/>
    public long CountCollections() => _library.Readers.Use(c => (long)c.Command(CountSql, 0).ExecuteScalar()!);

    /// <inheritdoc/>
    public IReadOnlyList<CollectionSummary> ListLargestCollections(int limit) => _library.Readers.Use(c =>
    {
        var command = c.Command(LargestSql, 1);
        SqliteValues.Bind(command, limit);
        return ReadSummaries(command);
    });

    /// <inheritdoc/>
    public IReadOnlyList<CollectionSummary> ListVisibleCollections(string fromName, int limit)
    {
        ArgumentNullException.ThrowIfNull(fromName);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(ListVisibleSql, 2);
            SqliteValues.Bind(command, fromName, limit);
            return ReadSummaries(command);
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<CollectionSummary> ListVisibleCollectionsBefore(string beforeName, int limit)
    {
        ArgumentNullException.ThrowIfNull(beforeName);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(ListVisibleBeforeSql, 2);
            SqliteValues.Bind(command, beforeName, limit);
            return ReadSummaries(command);
        });
    }

    /// <inheritdoc/>
    public long CountVisibleCollections() => _library.Readers.Use(c => (long)c.Command(CountVisibleSql, 0).ExecuteScalar()!);

    /// <inheritdoc/>
    public IReadOnlyList<CollectionSummary> ListLargestVisibleCollections(int limit) => _library.Readers.Use(c =>
    {
        var command = c.Command(LargestVisibleSql, 1);
        SqliteValues.Bind(command, limit);
        return ReadSummaries(command);
    });

    /// <inheritdoc/>
    public IReadOnlyList<CategoryMember> ListMembers(string category, CollectionMemberKind kind, CollectionPosition? after, int limit)
    {
        ArgumentNullException.ThrowIfNull(category);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, MembersSql, Filter(kind)), 4);
            SqliteValues.Bind(command, category, after?.SortKey ?? string.Empty, after?.PageId ?? 0L, limit);
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
    public long CountMembers(string category, CollectionMemberKind kind)
    {
        ArgumentNullException.ThrowIfNull(category);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, CountMembersSql, Filter(kind)), 1);
            SqliteValues.Bind(command, category);
            return (long)command.ExecuteScalar()!;
        });
    }

    private static string Filter(CollectionMemberKind kind) => kind switch
    {
        CollectionMemberKind.Subcategory => "p.namespace = 14",
        CollectionMemberKind.File => "p.namespace = 6",
        _ => "p.namespace NOT IN (6, 14)",
    };

    private static List<CollectionSummary> ReadSummaries(Microsoft.Data.Sqlite.SqliteCommand command)
    {
        var list = new List<CollectionSummary>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new CollectionSummary(reader.GetString(0), reader.GetInt64(1)));
        }

        return list;
    }
}

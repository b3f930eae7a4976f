using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="IPageStore"/>.</summary>
/// <remarks>Thread-safe: every call rents a pooled connection.</remarks>
internal sealed class SqlitePageStore : IPageStore
{
    private const string ByTitle = "SELECT " + SqlitePageReader.Columns + " FROM page WHERE namespace = $p0 AND title = $p1 AND is_removed = 0";
    private const string ById = "SELECT " + SqlitePageReader.Columns + " FROM page WHERE id = $p0";
    private const string BySourceId = "SELECT " + SqlitePageReader.Columns + " FROM page WHERE source_page_id = $p0";
    private const string ExistsSql = "SELECT 1 FROM page WHERE namespace = $p0 AND title = $p1 AND is_removed = 0";
    private const string TextSql = "SELECT codec, utf8_length, data FROM page_text WHERE page_id = $p0";
    private const string RedirectsSql =
        "SELECT id, namespace, title, redirect_title FROM page WHERE redirect_namespace = $p0 AND redirect_title = $p1 AND is_removed = 0 "
        + "ORDER BY namespace, title LIMIT $p2";
    private const string ListSql =
        "SELECT id, namespace, title, redirect_title FROM page WHERE namespace = $p0 AND title >= $p1 AND is_removed = 0 ORDER BY title LIMIT $p2";
    private const string AfterSql = "SELECT " + SqlitePageReader.Columns + " FROM page WHERE id > $p0 AND is_removed = 0 ORDER BY id LIMIT $p1";
    private const string RandomSql =
        "SELECT id, namespace, title, redirect_title FROM page WHERE id >= $p1 AND namespace = $p0 AND is_removed = 0 AND redirect_title IS NULL ORDER BY id LIMIT 1";
    private const string MaxIdSql = "SELECT coalesce(max(id), 0) FROM page";

    private readonly SqliteLibraryProvider _library;

    public SqlitePageStore(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public PageRecord? GetPage(int ns, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(ByTitle, 2);
            SqliteValues.Bind(command, ns, title);
            return SqlitePageReader.ReadSingle(command);
        });
    }

    /// <inheritdoc/>
    public PageRecord? GetPageById(long id) => _library.Readers.Use(c =>
    {
        var command = c.Command(ById, 1);
        SqliteValues.Bind(command, id);
        return SqlitePageReader.ReadSingle(command);
    });

    /// <inheritdoc/>
    public PageRecord? GetPageBySourceId(long sourcePageId) => _library.Readers.Use(c =>
    {
        var command = c.Command(BySourceId, 1);
        SqliteValues.Bind(command, sourcePageId);
        return SqlitePageReader.ReadSingle(command);
    });

    /// <inheritdoc/>
    public bool Exists(int ns, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(ExistsSql, 2);
            SqliteValues.Bind(command, ns, title);
            using var reader = command.ExecuteReader();
            return reader.Read();
        });
    }

    /// <inheritdoc/>
    public string? GetText(long pageId)
    {
        var compressed = _library.Readers.Use(c =>
        {
            var command = c.Command(TextSql, 1);
            SqliteValues.Bind(command, pageId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadCompressed(reader, 0) : null;
        });
        if (compressed is null)
        {
            return null;
        }

        try
        {
            return compressed.Decompress();
        }
        catch (InvalidDataException ex)
        {
            throw new LibraryException($"{_library.Location}: the text of page {pageId} is corrupt: {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<PageReference> GetRedirectsTo(LinkTarget target, int limit) => _library.Readers.Use(c =>
    {
        var command = c.Command(RedirectsSql, 3);
        SqliteValues.Bind(command, target.Namespace, target.Title, limit);
        return SqlitePageReader.ReadReferences(command);
    });

    /// <inheritdoc/>
    public IReadOnlyList<PageReference> ListPages(int ns, string fromTitle, int limit)
    {
        ArgumentNullException.ThrowIfNull(fromTitle);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(ListSql, 3);
            SqliteValues.Bind(command, ns, fromTitle, limit);
            return SqlitePageReader.ReadReferences(command);
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<PageRecord> ReadPagesAfter(long afterId, int limit) => _library.Readers.Use(c =>
    {
        var command = c.Command(AfterSql, 2);
        SqliteValues.Bind(command, afterId, limit);
        var list = new List<PageRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(SqlitePageReader.Read(reader));
        }

        return list;
    });

    /// <inheritdoc/>
    public PageReference? GetRandomPage(int ns) => _library.Readers.Use(c =>
    {
        var max = (long)(c.Command(MaxIdSql, 0).ExecuteScalar() ?? 0L);
        var command = c.Command(RandomSql, 2);

        // A random start id, then the first matching page from there; wrap around once when none follows.
        SqliteValues.Bind(command, ns, Random.Shared.NextInt64(0, max + 1));
        var found = SqlitePageReader.ReadReferences(command);
        if (found.Count == 0)
        {
            SqliteValues.Bind(command, ns, 0L);
            found = SqlitePageReader.ReadReferences(command);
        }

        return found.Count == 0 ? null : found[0];
    });

    internal static CompressedText ReadCompressed(SqliteDataReader reader, int first)
        => new((TextCodec)reader.GetInt32(first), (byte[])reader.GetValue(first + 2), checked((int)reader.GetInt64(first + 1)));
}

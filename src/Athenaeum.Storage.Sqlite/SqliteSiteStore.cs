using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="ISiteStore"/>.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class SqliteSiteStore : ISiteStore
{
    private const string SiteSql =
        "SELECT site_name, db_name, language, base_url, title_case, generator, export_schema, source_file, dump_date FROM site WHERE id = 1";
    private const string NamespacesSql = "SELECT id, name, canonical_name, title_case FROM namespace ORDER BY id";
    private const string PerNamespaceSql =
        "SELECT namespace, count(*), count(redirect_title) FROM page WHERE is_removed = 0 GROUP BY namespace ORDER BY namespace";

    private readonly SqliteLibraryProvider _library;

    public SqliteSiteStore(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public LibrarySite? GetSite() => _library.Readers.Use(c => Read(c.Connection));

    /// <inheritdoc/>
    public LibraryStatistics GetStatistics() => _library.Readers.Use(c =>
    {
        var perNamespace = new List<NamespaceCount>();
        using (var reader = c.Command(PerNamespaceSql, 0).ExecuteReader())
        {
            while (reader.Read())
            {
                perNamespace.Add(new NamespaceCount(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }

        long Count(string sql) => (long)(c.Command(sql, 0).ExecuteScalar() ?? 0L);
        return new LibraryStatistics(
            _library.SchemaVersion,
            perNamespace,
            perNamespace.Sum(n => n.Pages),
            perNamespace.Sum(n => n.Redirects),
            Count("SELECT count(*) FROM page WHERE is_removed = 1"),
            Count("SELECT count(DISTINCT category) FROM category_link"),
            Count("SELECT count(*) FROM category_link"),
            Count("SELECT count(*) FROM page_link"),
            Count("SELECT count(*) FROM template_link"),
            Count("SELECT count(*) FROM image_link"),
            Count("SELECT count(*) FROM rendered_page"),
            _library.GetSizeOnDisk());
    });

    /// <summary>Reads the site on any connection (the writer uses it inside its transaction).</summary>
    internal static LibrarySite? Read(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = NamespacesSql;
        var namespaces = new List<LibraryNamespace>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                namespaces.Add(new LibraryNamespace(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        command.CommandText = SiteSql;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            return new LibrarySite(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                namespaces,
                SqliteValues.GetStringOrNull(reader, 7),
                SqliteValues.ParseDate(reader, 8),
                reader.GetString(6));
        }
    }
}

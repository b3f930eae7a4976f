using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>Prepared statements that write one page's rows in the four link tables.</summary>
/// <remarks>Not thread-safe: bound to one connection; runs in the connection's open transaction.</remarks>
internal sealed class SqliteLinkWriter : IDisposable
{
    private readonly RawStatement[] _deletes;
    private readonly RawStatement _insertLink;
    private readonly RawStatement _insertCategory;
    private readonly RawStatement _insertTemplate;
    private readonly RawStatement _insertImage;

    public SqliteLinkWriter(SqliteConnection connection)
    {
        _deletes =
        [
            new RawStatement(connection, "DELETE FROM page_link WHERE page_id = ?1"),
            new RawStatement(connection, "DELETE FROM category_link WHERE page_id = ?1"),
            new RawStatement(connection, "DELETE FROM template_link WHERE page_id = ?1"),
            new RawStatement(connection, "DELETE FROM image_link WHERE page_id = ?1"),
        ];

        // ON CONFLICT DO NOTHING: callers outside the importer may pass a link twice.
        _insertLink = new RawStatement(connection, "INSERT INTO page_link (page_id, target_namespace, target_title) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        _insertCategory = new RawStatement(
            connection,
            "INSERT INTO category_link (page_id, category, sort_key_prefix, sort_key) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING");
        _insertTemplate = new RawStatement(connection, "INSERT INTO template_link (page_id, target_namespace, target_title) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        _insertImage = new RawStatement(connection, "INSERT INTO image_link (page_id, file_name) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
    }

    public static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameterCount)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.AddWithValue(SqliteParameterNames.Positional[i], DBNull.Value);
        }

        command.Prepare();
        return command;
    }

    /// <summary>Deletes all of a page's link rows.</summary>
    public void Delete(long pageId)
    {
        foreach (var statement in _deletes)
        {
            statement.Bind(1, pageId);
            statement.Execute();
        }
    }

    /// <summary>Inserts a page's link rows (the page must have none).</summary>
    public void Insert(long pageId, string pageTitle, PageLinks links)
    {
        _insertLink.Bind(1, pageId);
        foreach (var link in links.Links)
        {
            _insertLink.Bind(2, link.Namespace);
            _insertLink.Bind(3, link.Title);
            _insertLink.Execute();
        }

        _insertCategory.Bind(1, pageId);
        foreach (var category in links.Categories)
        {
            _insertCategory.Bind(2, category.Category);
            _insertCategory.Bind(3, category.SortKeyPrefix);

            // MediaWiki sorts a member under its key prefix when it has one, else under its own title.
            _insertCategory.Bind(4, category.SortKeyPrefix.Length > 0 ? category.SortKeyPrefix : pageTitle);
            _insertCategory.Execute();
        }

        _insertTemplate.Bind(1, pageId);
        foreach (var template in links.Templates)
        {
            _insertTemplate.Bind(2, template.Namespace);
            _insertTemplate.Bind(3, template.Title);
            _insertTemplate.Execute();
        }

        _insertImage.Bind(1, pageId);
        foreach (var image in links.Images)
        {
            _insertImage.Bind(2, image);
            _insertImage.Execute();
        }
    }

    public void Dispose()
    {
        foreach (var statement in _deletes)
        {
            statement.Dispose();
        }

        _insertLink.Dispose();
        _insertCategory.Dispose();
        _insertTemplate.Dispose();
        _insertImage.Dispose();
    }
}

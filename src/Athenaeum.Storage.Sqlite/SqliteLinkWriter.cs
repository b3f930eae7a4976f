using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>Prepared statements that write one page's rows in the four link tables.</summary>
/// <remarks>Not thread-safe: bound to one connection.</remarks>
internal sealed class SqliteLinkWriter : IDisposable
{
    private readonly SqliteCommand[] _deletes;
    private readonly SqliteCommand _insertLink;
    private readonly SqliteCommand _insertCategory;
    private readonly SqliteCommand _insertTemplate;
    private readonly SqliteCommand _insertImage;

    public SqliteLinkWriter(SqliteConnection connection)
    {
        _deletes =
        [
            Prepare(connection, "DELETE FROM page_link WHERE page_id = $p0", 1),
            Prepare(connection, "DELETE FROM category_link WHERE page_id = $p0", 1),
            Prepare(connection, "DELETE FROM template_link WHERE page_id = $p0", 1),
            Prepare(connection, "DELETE FROM image_link WHERE page_id = $p0", 1),
        ];

        // ON CONFLICT DO NOTHING: callers outside the importer may pass a link twice.
        _insertLink = Prepare(connection, "INSERT INTO page_link (page_id, target_namespace, target_title) VALUES ($p0, $p1, $p2) ON CONFLICT DO NOTHING", 3);
        _insertCategory = Prepare(
            connection,
            "INSERT INTO category_link (page_id, category, sort_key_prefix, sort_key) VALUES ($p0, $p1, $p2, $p3) ON CONFLICT DO NOTHING",
            4);
        _insertTemplate = Prepare(connection, "INSERT INTO template_link (page_id, target_namespace, target_title) VALUES ($p0, $p1, $p2) ON CONFLICT DO NOTHING", 3);
        _insertImage = Prepare(connection, "INSERT INTO image_link (page_id, file_name) VALUES ($p0, $p1) ON CONFLICT DO NOTHING", 2);
    }

    /// <summary>Sets the transaction every statement runs in.</summary>
    public void SetTransaction(SqliteTransaction? transaction)
    {
        foreach (var command in _deletes)
        {
            command.Transaction = transaction;
        }

        _insertLink.Transaction = transaction;
        _insertCategory.Transaction = transaction;
        _insertTemplate.Transaction = transaction;
        _insertImage.Transaction = transaction;
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
        foreach (var command in _deletes)
        {
            command.Parameters[0].Value = pageId;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts a page's link rows (the page must have none).</summary>
    public void Insert(long pageId, string pageTitle, PageLinks links)
    {
        _insertLink.Parameters[0].Value = pageId;
        foreach (var link in links.Links)
        {
            _insertLink.Parameters[1].Value = link.Namespace;
            _insertLink.Parameters[2].Value = link.Title;
            _insertLink.ExecuteNonQuery();
        }

        _insertCategory.Parameters[0].Value = pageId;
        foreach (var category in links.Categories)
        {
            _insertCategory.Parameters[1].Value = category.Category;
            _insertCategory.Parameters[2].Value = category.SortKeyPrefix;

            // MediaWiki sorts a member under its key prefix when it has one, else under its own title.
            _insertCategory.Parameters[3].Value = category.SortKeyPrefix.Length > 0 ? category.SortKeyPrefix : pageTitle;
            _insertCategory.ExecuteNonQuery();
        }

        _insertTemplate.Parameters[0].Value = pageId;
        foreach (var template in links.Templates)
        {
            _insertTemplate.Parameters[1].Value = template.Namespace;
            _insertTemplate.Parameters[2].Value = template.Title;
            _insertTemplate.ExecuteNonQuery();
        }

        _insertImage.Parameters[0].Value = pageId;
        foreach (var image in links.Images)
        {
            _insertImage.Parameters[1].Value = image;
            _insertImage.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var command in _deletes)
        {
            command.Dispose();
        }

        _insertLink.Dispose();
        _insertCategory.Dispose();
        _insertTemplate.Dispose();
        _insertImage.Dispose();
    }
}

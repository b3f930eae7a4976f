using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>Reads page rows in the column order of <see cref="Columns"/>.</summary>
internal static class SqlitePageReader
{
    public const string Columns =
        "id, namespace, title, source_page_id, reproduced_at, revision_id, revision_timestamp, contributor, content_model, "
        + "redirect_namespace, redirect_title, text_length, text_sha1, is_removed, updated_at";

    public static PageRecord Read(SqliteDataReader reader)
    {
        LinkTarget? redirect = reader.IsDBNull(10) ? null : new LinkTarget(reader.GetInt32(9), reader.GetString(10));
        return new PageRecord(
            reader.GetInt64(0),
            reader.GetInt32(1),
            reader.GetString(2),
            reader.GetInt64(3),
            SqliteValues.ParseTime(reader.GetString(4)),
            reader.GetInt64(5),
            SqliteValues.ParseTime(reader.GetString(6)),
            SqliteValues.GetStringOrNull(reader, 7),
            reader.GetString(8),
            redirect,
            reader.GetInt64(11),
            reader.GetString(12),
            reader.GetInt64(13) != 0,
            SqliteValues.ParseTime(reader.GetString(14)));
    }

    public static PageRecord? ReadSingle(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public static List<PageReference> ReadReferences(SqliteCommand command)
    {
        var list = new List<PageReference>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new PageReference(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), !reader.IsDBNull(3)));
        }

        return list;
    }
}

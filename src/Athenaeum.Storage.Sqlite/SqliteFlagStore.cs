using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="IFlagStore"/>: the <c>content_flag</c> table.</summary>
/// <remarks>Thread-safe: reads rent pooled connections, writes are serialized on the provider's write connection.</remarks>
internal sealed class SqliteFlagStore : IFlagStore
{
    private const string Columns = "id, page_id, revision_id, reason, comment, address_hash, created_at, status, handled_by, handled_at, note";
    private const string CountSql = "SELECT count(*) FROM content_flag WHERE address_hash = $p0 AND created_at >= $p1";
    private const string ListSql = "SELECT " + Columns + " FROM content_flag WHERE status = $p0 AND id > $p1 ORDER BY id LIMIT $p2";
    private const string GetSql = "SELECT " + Columns + " FROM content_flag WHERE id = $p0";

    private readonly SqliteLibraryProvider _library;

    public SqliteFlagStore(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public ContentFlag Add(ContentFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var id = _library.UseSmallWriter(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText =
                "INSERT INTO content_flag (page_id, revision_id, reason, comment, address_hash, created_at, status, handled_by, handled_at, note) "
                + "VALUES ($page, $rev, $reason, $comment, $hash, $at, $status, $by, $handledAt, $note) RETURNING id";
            command.Parameters.AddWithValue("$page", flag.PageId);
            command.Parameters.AddWithValue("$rev", flag.RevisionId);
            command.Parameters.AddWithValue("$reason", flag.Reason);
            command.Parameters.AddWithValue("$comment", flag.Comment);
            command.Parameters.AddWithValue("$hash", flag.AddressHash);
            command.Parameters.AddWithValue("$at", SqliteValues.FormatTime(flag.CreatedAt));
            command.Parameters.AddWithValue("$status", (int)flag.Status);
            command.Parameters.AddWithValue("$by", SqliteValues.OrNull(flag.HandledBy));
            command.Parameters.AddWithValue("$handledAt", SqliteValues.OrNull(flag.HandledAt));
            command.Parameters.AddWithValue("$note", SqliteValues.OrNull(flag.Note));
            return (long)command.ExecuteScalar()!;
        });
        return flag with { Id = id };
    }

    /// <inheritdoc/>
    public long CountSince(string addressHash, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(addressHash);
        return _library.Readers.Use(c =>
        {
            var command = c.Command(CountSql, 2);
            SqliteValues.Bind(command, addressHash, SqliteValues.FormatTime(since));
            return (long)command.ExecuteScalar()!;
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<ContentFlag> List(FlagStatus status, long afterId, int limit) => _library.Readers.Use(c =>
    {
        var command = c.Command(ListSql, 3);
        SqliteValues.Bind(command, (int)status, afterId, limit);
        return ReadAll(command);
    });

    /// <inheritdoc/>
    public ContentFlag? Get(long id) => _library.Readers.Use(c =>
    {
        var command = c.Command(GetSql, 1);
        SqliteValues.Bind(command, id);
        return ReadAll(command).FirstOrDefault();
    });

    /// <inheritdoc/>
    public bool Resolve(long id, FlagStatus status, string handledBy, DateTimeOffset handledAt, string? note)
    {
        ArgumentNullException.ThrowIfNull(handledBy);
        return _library.UseSmallWriter(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE content_flag SET status = $status, handled_by = $by, handled_at = $at, note = $note WHERE id = $id";
            command.Parameters.AddWithValue("$status", (int)status);
            command.Parameters.AddWithValue("$by", handledBy);
            command.Parameters.AddWithValue("$at", SqliteValues.FormatTime(handledAt));
            command.Parameters.AddWithValue("$note", SqliteValues.OrNull(note));
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteNonQuery();
        }) > 0;
    }

    private static List<ContentFlag> ReadAll(SqliteCommand command)
    {
        var list = new List<ContentFlag>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new ContentFlag(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                SqliteValues.ParseTime(reader.GetString(6)),
                (FlagStatus)reader.GetInt32(7),
                SqliteValues.GetStringOrNull(reader, 8),
                SqliteValues.GetTimeOrNull(reader, 9),
                SqliteValues.GetStringOrNull(reader, 10)));
        }

        return list;
    }
}

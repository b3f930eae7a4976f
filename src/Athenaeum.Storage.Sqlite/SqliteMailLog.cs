namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="IMailLog"/>: the <c>mail_log</c> table.</summary>
/// <remarks>Thread-safe: reads rent pooled connections, writes are serialized on the provider's write connection.</remarks>
internal sealed class SqliteMailLog : IMailLog
{
    private const string CountAddressSql = "SELECT count(*) FROM mail_log WHERE address_hash = $p0 AND sent_at >= $p1";
    private const string CountAllSql = "SELECT count(*) FROM mail_log WHERE sent_at >= $p0";
    private const string LatestSql = "SELECT id, page_id, sent_at, address_hash, recipient_hash, outcome, error FROM mail_log ORDER BY id DESC LIMIT $p0";

    private readonly SqliteLibraryProvider _library;

    public SqliteMailLog(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public MailLogEntry Add(MailLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = _library.UseSmallWriter(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText =
                "INSERT INTO mail_log (page_id, sent_at, address_hash, recipient_hash, outcome, error) VALUES ($page, $at, $hash, $rcpt, $outcome, $error) RETURNING id";
            command.Parameters.AddWithValue("$page", entry.PageId);
            command.Parameters.AddWithValue("$at", SqliteValues.FormatTime(entry.SentAt));
            command.Parameters.AddWithValue("$hash", entry.AddressHash);
            command.Parameters.AddWithValue("$rcpt", entry.RecipientHash);
            command.Parameters.AddWithValue("$outcome", (int)entry.Outcome);
            command.Parameters.AddWithValue("$error", SqliteValues.OrNull(entry.Error));
            return (long)command.ExecuteScalar()!;
        });
        return entry with { Id = id };
    }

    /// <inheritdoc/>
    public long CountSince(string? addressHash, DateTimeOffset since) => _library.Readers.Use(c =>
    {
        var time = SqliteValues.FormatTime(since);
        if (addressHash is null)
        {
            var all = c.Command(CountAllSql, 1);
            SqliteValues.Bind(all, time);
            return (long)all.ExecuteScalar()!;
        }

        var command = c.Command(CountAddressSql, 2);
        SqliteValues.Bind(command, addressHash, time);
        return (long)command.ExecuteScalar()!;
    });

    /// <inheritdoc/>
    public IReadOnlyList<MailLogEntry> ListLatest(int limit) => _library.Readers.Use(c =>
    {
        var command = c.Command(LatestSql, 1);
        SqliteValues.Bind(command, limit);
        var list = new List<MailLogEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new MailLogEntry(
                reader.GetInt64(0),
                reader.GetInt64(1),
                SqliteValues.ParseTime(reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                (MailOutcome)reader.GetInt32(5),
                SqliteValues.GetStringOrNull(reader, 6)));
        }

        return list;
    });
}

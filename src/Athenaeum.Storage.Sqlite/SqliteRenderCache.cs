namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="IRenderCache"/>: HTML stored Deflate-compressed.</summary>
/// <remarks>Thread-safe: reads rent pooled connections, writes are serialized on the provider's write connection.</remarks>
internal sealed class SqliteRenderCache : IRenderCache
{
    private const string GetSql =
        "SELECT page_id, revision_id, renderer_version, codec, utf8_length, html, metadata, rendered_at FROM rendered_page WHERE page_id = $p0";

    private readonly SqliteLibraryProvider _library;

    public SqliteRenderCache(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public RenderedRevision? Get(long pageId)
    {
        var row = _library.Readers.Use(c =>
        {
            var command = c.Command(GetSql, 1);
            SqliteValues.Bind(command, pageId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            var html = new CompressedText((TextCodec)reader.GetInt32(3), (byte[])reader.GetValue(5), checked((int)reader.GetInt64(4)));
            return new
            {
                PageId = reader.GetInt64(0),
                RevisionId = reader.GetInt64(1),
                Version = reader.GetString(2),
                Html = html,
                Metadata = SqliteValues.GetStringOrNull(reader, 6),
                RenderedAt = SqliteValues.ParseTime(reader.GetString(7)),
            };
        });
        if (row is null)
        {
            return null;
        }

        try
        {
            return new RenderedRevision(row.PageId, row.RevisionId, row.Version, row.Html.Decompress(), row.RenderedAt, row.Metadata);
        }
        catch (InvalidDataException)
        {
            // A corrupt cache entry is not an error: the page is rendered again.
            return null;
        }
    }

    /// <inheritdoc/>
    public void Put(RenderedRevision rendering)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        var compressed = new TextCompressor(TextCodec.Deflate).Compress(rendering.Html);
        _library.UseSmallWriter(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText =
                "INSERT INTO rendered_page (page_id, revision_id, renderer_version, codec, utf8_length, html, metadata, rendered_at) "
                + "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7) ON CONFLICT (page_id) DO UPDATE SET revision_id = excluded.revision_id, "
                + "renderer_version = excluded.renderer_version, codec = excluded.codec, utf8_length = excluded.utf8_length, html = excluded.html, "
                + "metadata = excluded.metadata, rendered_at = excluded.rendered_at";
            foreach (var name in SqliteParameterNames.Positional.AsSpan(0, 8))
            {
                command.Parameters.AddWithValue(name, DBNull.Value);
            }

            SqliteValues.Bind(
                command,
                rendering.PageId,
                rendering.RevisionId,
                rendering.RendererVersion,
                (int)compressed.Codec,
                compressed.Utf8Length,
                compressed.Data,
                SqliteValues.OrNull(rendering.Metadata),
                SqliteValues.FormatTime(rendering.RenderedAt));
            return command.ExecuteNonQuery();
        });
    }

    /// <inheritdoc/>
    public void Remove(long pageId) => Execute("DELETE FROM rendered_page WHERE page_id = $p0", pageId);

    /// <inheritdoc/>
    public long RemoveOtherVersions(string currentRendererVersion)
    {
        ArgumentNullException.ThrowIfNull(currentRendererVersion);
        return Execute("DELETE FROM rendered_page WHERE renderer_version <> $p0", currentRendererVersion);
    }

    private int Execute(string sql, object value) => _library.UseSmallWriter(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p0", value);
        return command.ExecuteNonQuery();
    });
}

using System.Globalization;

namespace Athenaeum.Storage.Sqlite;

/// <content>Bulk loading of an empty library: secondary indexes built once at the end, full-text segments merged once.</content>
internal sealed partial class SqliteLibraryWriter
{
    /// <summary>
    /// The secondary indexes suspended while an empty library is filled: the reverse indexes of the link tables
    /// (migration 1) and the search index's folded-title and trigram-by-page indexes (migration 2).
    /// </summary>
    private static readonly (string Name, string Definition)[] ReverseIndexes =
    [
        ("ix_page_link_target", "page_link (target_namespace, target_title)"),
        ("ix_template_link_target", "template_link (target_namespace, target_title)"),
        ("ix_category_link_category", "category_link (category, sort_key)"),
        ("ix_image_link_file", "image_link (file_name)"),
        ("ix_search_page_norm", "search_page (norm_title)"),
        ("ix_search_trigram_page", "search_trigram (page_id)"),
    ];

    /// <summary>The search index's FTS5 tables (migrations 2 and 3).</summary>
    private static readonly string[] FullTextTables = ["search_fts", "search_title_fts"];

    /// <summary>
    /// FTS5 settings while bulk loading. Each flush of FTS5's in-memory terms makes a segment, and segments are
    /// merged as they accumulate: a larger hash (default 1 MiB; a batch's commit flushes it anyway) makes fewer, larger
    /// segments, and merging only in crises (64 segments on a level instead of incremental merges from 4) followed by
    /// one 'optimize' at the end rewrites the index about twice instead of once per level (sqlite.org/fts5.html §6).
    /// </summary>
    private static readonly (string Name, int BulkValue, int DefaultValue)[] FullTextBulkSettings =
    [
        ("hashsize", 64 * 1024 * 1024, 1024 * 1024),
        ("automerge", 0, 4),
        ("crisismerge", 64, 16),
    ];

    /// <inheritdoc/>
    public bool IsBulkLoading
    {
        get
        {
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ("
                + string.Join(", ", ReverseIndexes.Select(i => "'" + i.Name + "'")) + ")";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) < ReverseIndexes.Length;
        }
    }

    /// <inheritdoc/>
    public void BeginBulkLoad() => InTransaction(transaction =>
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Concat(ReverseIndexes.Select(i => "DROP INDEX IF EXISTS " + i.Name + ";"))
            + FullTextSettings(s => s.BulkValue);
        return command.ExecuteNonQuery();
    });

    /// <summary>
    /// The writer's page cache while the suspended indexes are built, in KiB. SQLite's sorter keeps up to
    /// <c>cache_size</c> of index records in memory before it writes a sorted run to a temporary file; building from a
    /// full table reads and writes sequentially and needs little cache, so 64 MiB bounds both the cache and each run.
    /// </summary>
    private const long IndexBuildCacheKiB = 64 * 1024;

    /// <summary>The <c>temp_store</c> value that puts temporary files on disk.</summary>
    private const long TempStoreFile = 1;

    /// <inheritdoc/>
    public void EndBulkLoad()
    {
        // With temp_store = MEMORY (every connection's setting) SQLite's sorter never writes a sorted run to a temporary
        // file: CREATE INDEX sorted the whole table in memory, which grew with the dump (peak RSS 708 MB at 1 GB and
        // 1,050 MB at 2 GB, measured). Temporary files and a small cache bound it whatever the library's size.
        var cacheSize = ReadPragma("cache_size");
        var tempStore = ReadPragma("temp_store");
        SetPragma("temp_store", TempStoreFile);
        SetPragma("cache_size", Math.Max(cacheSize, -IndexBuildCacheKiB));
        try
        {
            BuildSuspendedIndexes();
        }
        finally
        {
            SetPragma("cache_size", cacheSize);
            SetPragma("temp_store", tempStore);
        }
    }

    private void BuildSuspendedIndexes() => InTransaction(transaction =>
    {
        // Building an index from a full table sorts once, far cheaper than keeping it ordered row by row; likewise
        // one merge of all full-text segments.
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Concat(ReverseIndexes.Select(i => "CREATE INDEX IF NOT EXISTS " + i.Name + " ON " + i.Definition + ";"))
            + string.Concat(FullTextTables.Select(t => "INSERT INTO " + t + " (" + t + ") VALUES ('optimize');"))
            + FullTextSettings(s => s.DefaultValue);
        return command.ExecuteNonQuery();
    });

    /// <summary>Reads one of the writer connection's numeric settings (<c>cache_size</c>: negative in KiB, positive in pages).</summary>
    internal long ReadPragma(string name)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void SetPragma(string name, long value)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA " + name + " = " + value.ToString(CultureInfo.InvariantCulture);
        command.ExecuteNonQuery();
    }

    private static string FullTextSettings(Func<(string Name, int BulkValue, int DefaultValue), int> value)
        => string.Concat(FullTextTables.SelectMany(t => FullTextBulkSettings.Select(s => string.Create(
            CultureInfo.InvariantCulture,
            $"INSERT INTO {t} ({t}, rank) VALUES ('{s.Name}', {value(s)});"))));
}

using Athenaeum.Storage.Sqlite.Ranking;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>
/// The SQLite <see cref="ILibraryWriter"/>: one connection, statements prepared once and reused for
/// every page of every batch, one transaction per batch; a page's search-index entry is written with it, in the same
/// transaction, so a batch commits both or neither.
/// </summary>
/// <remarks>Not thread-safe. Holds the library's lock file until disposed.</remarks>
internal sealed partial class SqliteLibraryWriter : ILibraryWriter
{
    private readonly SqliteConnection _connection;
    private readonly FileStream _lockFile;
    private readonly TimeProvider _time;
    private readonly SqliteLinkWriter _links;
    private readonly List<SqliteCommand> _commands = [];
    private readonly RawStatement _selectBySource;
    private readonly RawStatement _selectTitleHolder;
    private readonly RawStatement _insertPage;
    private readonly SqliteCommand _updatePage;
    private readonly RawStatement _upsertText;
    private readonly SqliteCommand _markRemoved;
    private readonly SqliteCommand _deleteRendered;
    private readonly SqliteCommand _insertSeen;
    private readonly SqliteCommand _selectSeen;
    private readonly SqliteCommand _updateRun;
    private SqliteTransaction? _transaction;
    private readonly SqliteSearchIndex.WriteStatements _search;
    private readonly RankingCache _rankingCache;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="SqliteLibraryWriter"/> class.</summary>
    /// <param name="connection">The write connection.</param>
    /// <param name="lockFile">The library's write lock, released on dispose.</param>
    /// <param name="time">The clock.</param>
    /// <param name="rankingCache">What search ranking keeps in memory, forgotten after every commit (a batch may re-index any page).</param>
    public SqliteLibraryWriter(SqliteConnection connection, FileStream lockFile, TimeProvider time, RankingCache rankingCache)
    {
        _connection = connection;
        _rankingCache = rankingCache;
        _lockFile = lockFile;
        _time = time;
        _links = new SqliteLinkWriter(connection);
        _search = new SqliteSearchIndex.WriteStatements(connection);
        _selectBySource = new RawStatement(
            connection, "SELECT id, revision_id, namespace, title, is_removed, import_run_id FROM page WHERE source_page_id = ?1");
        _selectTitleHolder = new RawStatement(
            connection, "SELECT id, revision_timestamp FROM page WHERE namespace = ?1 AND title = ?2 AND is_removed = 0 AND source_page_id <> ?3");
        _insertPage = new RawStatement(
            connection,
            "INSERT INTO page (namespace, title, source_page_id, reproduced_at, revision_id, revision_timestamp, contributor, content_model, "
            + "redirect_namespace, redirect_title, text_length, text_sha1, is_removed, updated_at, import_run_id) "
            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, ?4, ?13)");
        _updatePage = Prepare(
            "UPDATE page SET namespace = $p0, title = $p1, revision_id = $p2, revision_timestamp = $p3, contributor = $p4, content_model = $p5, "
            + "redirect_namespace = $p6, redirect_title = $p7, text_length = $p8, text_sha1 = $p9, is_removed = 0, updated_at = $p10, "
            + "import_run_id = $p11 WHERE id = $p12",
            13);
        _upsertText = new RawStatement(
            connection,
            "INSERT INTO page_text (page_id, codec, utf8_length, data) VALUES (?1, ?2, ?3, ?4) "
            + "ON CONFLICT (page_id) DO UPDATE SET codec = excluded.codec, utf8_length = excluded.utf8_length, data = excluded.data");
        _markRemoved = Prepare("UPDATE page SET is_removed = 1, updated_at = $p1 WHERE id = $p0", 2);
        _deleteRendered = Prepare("DELETE FROM rendered_page WHERE page_id = $p0", 1);
        _selectSeen = Prepare("SELECT 1 FROM import_seen WHERE run_id = $p0 AND page_id = $p1", 2);
        _insertSeen = Prepare("INSERT INTO import_seen (run_id, page_id) VALUES ($p0, $p1) ON CONFLICT DO NOTHING", 2);
        _updateRun = Prepare(
            "UPDATE import_run SET resume_offset = $p1, resume_skip = $p2, pages_read = $p3, added = $p4, updated = $p5, unchanged = $p6, "
            + "skipped = $p7, newest_revision = $p8 WHERE id = $p0",
            9);
    }

    /// <inheritdoc/>
    public void BeginBatch()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A batch is already open.");
        }

        // BEGIN IMMEDIATE: take the write lock now rather than fail to upgrade a read transaction later.
        _transaction = _connection.BeginTransaction(deferred: false);
        SetTransaction(_transaction);
    }

    /// <inheritdoc/>
    public void CommitBatch(long runId, ImportRunProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var transaction = RequireBatch();
        SaveProgress(runId, progress);
        transaction.Commit();
        _rankingCache.Clear();
        EndBatch();
    }

    /// <inheritdoc/>
    public void RollbackBatch()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Rollback();
        EndBatch();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_transaction is not null)
        {
            _transaction.Rollback();
            EndBatch();
        }

        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _links.Dispose();
        _search.Dispose();
        foreach (var statement in new[] { _insertPage, _selectBySource, _selectTitleHolder, _upsertText })
        {
            statement.Dispose();
        }

        _connection.Dispose();
        _lockFile.Dispose();
    }

    private SqliteCommand Prepare(string sql, int parameterCount)
    {
        var command = SqliteLinkWriter.Prepare(_connection, sql, parameterCount);
        _commands.Add(command);
        return command;
    }

    private SqliteTransaction RequireBatch()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _transaction ?? throw new InvalidOperationException("No batch is open: call BeginBatch first.");
    }

    private void EndBatch()
    {
        _transaction!.Dispose();
        _transaction = null;
        SetTransaction(null);
    }

    private void SetTransaction(SqliteTransaction? transaction)
    {
        foreach (var command in _commands)
        {
            command.Transaction = transaction;
        }
    }

    private string Now() => SqliteValues.FormatTime(_time.GetUtcNow());

    /// <summary>Runs a statement in its own transaction (outside batches).</summary>
    private T InTransaction<T>(Func<SqliteTransaction, T> action)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_transaction is not null)
        {
            throw new InvalidOperationException("Commit the open batch first.");
        }

        BeginBatch();
        try
        {
            var result = action(_transaction!);
            _transaction!.Commit();
            _rankingCache.Clear();
            EndBatch();
            return result;
        }
        catch
        {
            RollbackBatch();
            throw;
        }
    }
}

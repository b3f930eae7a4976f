using System.Globalization;

namespace Athenaeum.Storage.Sqlite;

/// <content>The site row, import runs and removal of pages missing from a newer dump.</content>
internal sealed partial class SqliteLibraryWriter
{
    private const string RunningOrFailed = "(0, 2)";

    /// <inheritdoc/>
    public void SaveSite(LibrarySite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        InTransaction(transaction =>
        {
            var stored = SqliteSiteStore.Read(_connection, transaction);
            if (stored is not null && SameSite(stored, site))
            {
                return 0;
            }

            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM site; DELETE FROM namespace;";
            command.ExecuteNonQuery();
            command.CommandText =
                "INSERT INTO site (id, site_name, db_name, language, base_url, title_case, generator, export_schema, source_file, dump_date) "
                + "VALUES (1, $p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)";
            foreach (var name in SqliteParameterNames.Positional.AsSpan(0, 9))
            {
                command.Parameters.AddWithValue(name, DBNull.Value);
            }

            SqliteValues.Bind(
                command,
                site.SiteName,
                site.DatabaseName,
                site.Language,
                site.BaseUrl,
                site.Case,
                site.Generator,
                site.ExportSchemaVersion,
                SqliteValues.OrNull(site.SourceDumpFile),
                SqliteValues.FormatDate(site.DumpDate));
            command.ExecuteNonQuery();

            using var insertNamespace = SqliteLinkWriter.Prepare(
                _connection, "INSERT INTO namespace (id, name, canonical_name, title_case) VALUES ($p0, $p1, $p2, $p3)", 4);
            insertNamespace.Transaction = transaction;
            foreach (var ns in site.Namespaces)
            {
                SqliteValues.Bind(insertNamespace, ns.Id, ns.Name, ns.CanonicalName, ns.Case);
                insertNamespace.ExecuteNonQuery();
            }

            return 1;
        });
    }

    /// <inheritdoc/>
    public ImportRun? FindRunToResume(string sourceFile, long sourceSize)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "SELECT " + SqliteImportRunStore.Columns + " FROM import_run WHERE source_file = $f AND source_size = $s "
            + "AND status IN " + RunningOrFailed + " ORDER BY id DESC LIMIT 1";
        command.Parameters.AddWithValue("$f", sourceFile);
        command.Parameters.AddWithValue("$s", sourceSize);
        var runs = SqliteImportRunStore.ReadAll(command);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <inheritdoc/>
    public ImportRun ResumeRun(ImportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);

        // A resumed run is running again; its counters and unchanged-page marks carry on.
        InTransaction(_ => Execute("UPDATE import_run SET status = 0, finished_at = NULL, error = NULL WHERE id = $p0", run.Id));
        return run with { Status = ImportRunStatus.Running, FinishedAt = null, Error = null };
    }

    /// <inheritdoc/>
    public ImportRun StartRun(string sourceFile, long sourceSize, DateOnly? dumpDate)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        var now = _time.GetUtcNow();
        var id = InTransaction(transaction =>
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM import_seen WHERE run_id IN (SELECT id FROM import_run WHERE status IN " + RunningOrFailed + "); "
                + "UPDATE import_run SET status = 3 WHERE status IN " + RunningOrFailed + ";";
            command.ExecuteNonQuery();
            command.CommandText = "INSERT INTO import_run (source_file, source_size, dump_date, started_at, status) VALUES ($f, $s, $d, $t, 0) RETURNING id";
            command.Parameters.AddWithValue("$f", sourceFile);
            command.Parameters.AddWithValue("$s", sourceSize);
            command.Parameters.AddWithValue("$d", SqliteValues.FormatDate(dumpDate));
            command.Parameters.AddWithValue("$t", SqliteValues.FormatTime(now));
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        });
        return new ImportRun(id, sourceFile, sourceSize, dumpDate, now, null, ImportRunStatus.Running, ImportRunProgress.Empty, 0, null);
    }

    /// <inheritdoc/>
    public long MarkUnseenPagesRemoved(long runId) => InTransaction(transaction =>
    {
        var now = Now();
        var removed = new List<long>();
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT id FROM page p WHERE is_removed = 0 AND (import_run_id IS NULL OR import_run_id <> $r) "
                + "AND NOT EXISTS (SELECT 1 FROM import_seen s WHERE s.run_id = $r AND s.page_id = p.id)";
            command.Parameters.AddWithValue("$r", runId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                removed.Add(reader.GetInt64(0));
            }
        }

        foreach (var id in removed)
        {
            RemovePage(id, now);
        }

        Execute("DELETE FROM import_seen WHERE run_id = $p0", runId);
        return (long)removed.Count;
    });

    /// <inheritdoc/>
    public void FinishRun(long runId, ImportRunStatus status, ImportRunProgress progress, long removed, string? error)
    {
        ArgumentNullException.ThrowIfNull(progress);
        InTransaction(transaction =>
        {
            SaveProgress(runId, progress);
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE import_run SET status = $st, finished_at = $t, removed = $rm, error = $e WHERE id = $id";
            command.Parameters.AddWithValue("$st", (int)status);
            command.Parameters.AddWithValue("$t", Now());
            command.Parameters.AddWithValue("$rm", removed);
            command.Parameters.AddWithValue("$e", SqliteValues.OrNull(error));
            command.Parameters.AddWithValue("$id", runId);
            return command.ExecuteNonQuery();
        });
    }

    private static bool SameSite(LibrarySite a, LibrarySite b)
        => a with { Namespaces = [] } == b with { Namespaces = [] } && a.Namespaces.SequenceEqual(b.Namespaces);

    private void SaveProgress(long runId, ImportRunProgress progress)
    {
        SqliteValues.Bind(
            _updateRun,
            runId,
            progress.ResumeOffset,
            progress.ResumeSkip,
            progress.PagesRead,
            progress.Added,
            progress.Updated,
            progress.Unchanged,
            progress.Skipped,
            SqliteValues.OrNull(progress.NewestRevision));
        _updateRun.ExecuteNonQuery();
    }

    private int Execute(string sql, object value)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p0", value);
        return command.ExecuteNonQuery();
    }
}

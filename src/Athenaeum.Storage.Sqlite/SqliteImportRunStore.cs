using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>The SQLite <see cref="IImportRunStore"/>.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class SqliteImportRunStore : IImportRunStore
{
    internal const string Columns =
        "id, source_file, source_size, dump_date, started_at, finished_at, status, resume_offset, resume_skip, pages_read, added, updated, unchanged, "
        + "skipped, removed, newest_revision, error";

    private const string LatestSql = "SELECT " + Columns + " FROM import_run ORDER BY id DESC LIMIT $p0";

    private readonly SqliteLibraryProvider _library;

    public SqliteImportRunStore(SqliteLibraryProvider library)
    {
        _library = library;
    }

    /// <inheritdoc/>
    public ImportRun? GetLatestRun()
    {
        var runs = GetRuns(1);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <inheritdoc/>
    public IReadOnlyList<ImportRun> GetRuns(int limit) => _library.Readers.Use(c =>
    {
        var command = c.Command(LatestSql, 1);
        SqliteValues.Bind(command, limit);
        return ReadAll(command);
    });

    internal static List<ImportRun> ReadAll(SqliteCommand command)
    {
        var list = new List<ImportRun>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var progress = new ImportRunProgress(
                reader.GetInt64(7),
                reader.GetInt64(8),
                reader.GetInt64(9),
                reader.GetInt64(10),
                reader.GetInt64(11),
                reader.GetInt64(12),
                reader.GetInt64(13),
                SqliteValues.GetTimeOrNull(reader, 15));
            list.Add(new ImportRun(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2),
                SqliteValues.ParseDate(reader, 3),
                SqliteValues.ParseTime(reader.GetString(4)),
                SqliteValues.GetTimeOrNull(reader, 5),
                (ImportRunStatus)reader.GetInt32(6),
                progress,
                reader.GetInt64(14),
                SqliteValues.GetStringOrNull(reader, 16)));
        }

        return list;
    }
}

using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite.Migrations;

/// <summary>
/// Applies the embedded migration scripts (<c>Migrations/NNNN_Name.sql</c>) in order, each in its own
/// transaction, and records them in <c>schema_version</c>. A library with a newer schema than this
/// program knows is refused rather than guessed at.
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "Athenaeum.Storage.Sqlite.Migrations.";

    /// <summary>Gets the migrations this program carries, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = LoadMigrations();

    /// <summary>Gets the schema version this program writes.</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>Reads the schema version of an open library; 0 for an empty file.</summary>
    public static int GetVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Applies the pending migrations.</summary>
    /// <returns>The schema version after migration.</returns>
    /// <exception cref="LibraryException">The library is newer than this program.</exception>
    public static int Migrate(SqliteConnection connection, string location, DateTimeOffset now)
    {
        var current = GetVersion(connection);
        if (current > LatestVersion)
        {
            throw new LibraryException($"{location}: library schema version {current} is newer than this program's {LatestVersion}; use a newer Athenaeum.");
        }

        foreach (var migration in All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
                command.ExecuteNonQuery();
                command.CommandText = migration.Sql;
                command.ExecuteNonQuery();
                command.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
                command.Parameters.AddWithValue("$v", migration.Version);
                command.Parameters.AddWithValue("$n", migration.Name);
                command.Parameters.AddWithValue("$t", SqliteValues.FormatTime(now));
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            current = migration.Version;
        }

        return current;
    }

    private static List<Migration> LoadMigrations()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var file = name[ResourcePrefix.Length..^".sql".Length];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            var version = int.Parse(file.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture);
            migrations.Add(new Migration(version, file[(underscore + 1)..], ReadResource(assembly, name)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration versions must run 1, 2, 3 … without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded migration " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>One migration script.</summary>
    /// <param name="Version">Its schema version.</param>
    /// <param name="Name">Its name from the file name.</param>
    /// <param name="Sql">Its SQL.</param>
    internal sealed record Migration(int Version, string Name, string Sql);
}

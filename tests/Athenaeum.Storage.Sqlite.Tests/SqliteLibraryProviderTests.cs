using Athenaeum.Storage.Sqlite.Migrations;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteLibraryProviderTests
{
    [Fact]
    public void Open_NewFile_AppliesEveryMigrationInWalMode()
    {
        // Arrange
        using var library = new TemporaryLibrary();

        // Act
        var version = library.Provider.SchemaVersion;

        // Assert
        Assert.Equal(SqliteMigrator.LatestVersion, version);
        using var connection = new SqliteConnection("Data Source=" + library.Path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
        command.CommandText = "SELECT count(*) FROM schema_version";
        Assert.Equal((long)SqliteMigrator.All.Count, command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('page', 'page_text', 'page_link', 'category_link', 'template_link', 'image_link', 'rendered_page', 'import_run', 'site', 'namespace')";
        Assert.Equal(10L, command.ExecuteScalar());
    }

    [Fact]
    public void Open_ExistingLibrary_KeepsDataAndDoesNotReapplyMigrations()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "Kept"));
        }

        // Act
        var reopened = library.Reopen();

        // Assert
        Assert.NotNull(reopened.Pages.GetPage(0, "Kept"));
        using var connection = new SqliteConnection("Data Source=" + library.Path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_version";
        Assert.Equal((long)SqliteMigrator.All.Count, command.ExecuteScalar());
    }

    [Fact]
    public void Open_OtherSqliteFile_ThrowsNamingTheFile()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "athenaeum-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE other (x INTEGER)";
            command.ExecuteNonQuery();
        }

        // Act
        var error = Assert.Throws<LibraryException>(() => SqliteLibraryProvider.Open(path));

        // Assert
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not an Athenaeum library", error.Message, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Open_GarbageFile_ThrowsLibraryException()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "athenaeum-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, new string('x', 10000));

        // Act
        var error = Assert.Throws<LibraryException>(() => SqliteLibraryProvider.Open(path));

        // Assert
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Open_ReadOnlyOlderSchema_ThrowsNamingACommandThatMigrates()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("library.db");
        SqliteLibraryProvider.Open(path).Dispose();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<LibraryException>(() => SqliteLibraryProvider.Open(path, new SqliteLibraryOptions { ReadOnly = true }));

        Assert.Contains("needs migrating", error.Message, StringComparison.Ordinal);
        Assert.Contains("athenaeum serve --library " + path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("athenaeum info", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ReadOnlyMissingFile_ThrowsNamingTheFile()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "athenaeum-tests", Guid.NewGuid().ToString("N"), "library.db");

        // Act
        var error = Assert.Throws<LibraryException>(() => SqliteLibraryProvider.Open(path, new SqliteLibraryOptions { ReadOnly = true }));

        // Assert
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void OpenWriter_SecondWriter_ThrowsUntilFirstIsDisposed()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var other = SqliteLibraryProvider.Open(library.Path);
        var first = library.Provider.OpenWriter();

        // Act
        var error = Assert.Throws<LibraryException>(() => other.OpenWriter());
        first.Dispose();
        using var second = other.OpenWriter();

        // Assert
        Assert.Contains("another import", error.Message, StringComparison.Ordinal);
        Assert.NotNull(second);
    }

    [Fact]
    public void OpenWriter_ReadOnlyLibrary_Throws()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var readOnly = SqliteLibraryProvider.Open(library.Path, new SqliteLibraryOptions { ReadOnly = true });

        // Act
        var error = Assert.Throws<LibraryException>(() => readOnly.OpenWriter());

        // Assert
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveSite_ThenGetSite_RoundTripsEveryField()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        var site = TestPages.Site();

        // Act
        using (var writer = library.Provider.OpenWriter())
        {
            writer.SaveSite(site);
        }

        var stored = library.Provider.Site.GetSite();

        // Assert
        Assert.NotNull(stored);
        Assert.Equal(site with { Namespaces = [] }, stored with { Namespaces = [] });
        Assert.Equal(site.Namespaces, stored.Namespaces);
    }

    [Fact]
    public void GetStatistics_AfterWrites_CountsPagesRedirectsAndLinks()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        var links = new PageLinks([new LinkTarget(0, "B"), new LinkTarget(0, "C")], [new CategoryMembership("Cats", "")], [new LinkTarget(10, "Box")], ["X.jpg"]);
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(
                writer,
                TestPages.Make(1, "A", links: links),
                TestPages.Make(2, "R", text: "#REDIRECT [[A]]", redirect: new LinkTarget(0, "A")),
                TestPages.Make(3, "Box", ns: 10));
        }

        // Act
        var stats = library.Provider.Site.GetStatistics();

        // Assert
        Assert.Equal(3, stats.Pages);
        Assert.Equal(1, stats.Redirects);
        Assert.Equal([new NamespaceCount(0, 2, 1), new NamespaceCount(10, 1, 0)], stats.PagesPerNamespace);
        Assert.Equal(2, stats.PageLinks);
        Assert.Equal(1, stats.Categories);
        Assert.Equal(1, stats.TemplateLinks);
        Assert.Equal(1, stats.ImageLinks);
        Assert.True(stats.SizeOnDisk > 0);
    }
}

using Athenaeum.Import;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Web.IntegrationTests.Flags;

/// <summary>
/// A library made once per test run by importing <c>demo/athenaeum-demo.xml</c> with the real importer;
/// every test host works on its own copy, so that flags and mail-log rows never leak between tests.
/// </summary>
internal static class DemoLibrary
{
    private static readonly Lazy<Task<string>> Template = new(BuildAsync);

    /// <summary>Gets the demo dump's path.</summary>
    public static string DumpPath => Path.Combine(CorpusPaths.RepositoryRoot, "demo", "athenaeum-demo.xml");

    /// <summary>Copies the imported library into a directory.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The copy's path.</returns>
    public static async Task<string> CopyToAsync(string directory)
    {
        var template = await Template.Value;
        var path = Path.Combine(directory, "library.db");
        File.Copy(template, path);
        return path;
    }

    private static async Task<string> BuildAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "athenaeum-mail-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "template.db");
        using (var library = SqliteLibraryProvider.Open(path))
        {
            await new DumpImporter(library).ImportAsync(DumpPath);
        }

        if (File.Exists(path + "-wal"))
        {
            throw new InvalidOperationException($"{path}: the library left a write-ahead log after closing; a copy of the file alone would miss pages.");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
        return path;
    }
}

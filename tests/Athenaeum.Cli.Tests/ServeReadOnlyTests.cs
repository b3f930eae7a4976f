using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace Athenaeum.Cli.Tests;

/// <summary>
/// <c>athenaeum serve</c> over a library it cannot write (found by itself: the server runs as 'nobody' when
/// the tests run as root) or told to leave alone (<c>--read-only</c>): it serves, says so, puts its state
/// elsewhere, and the library file's bytes do not change.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ServeReadOnlyTests
{
    private static string DemoDump => Path.Combine(CorpusPaths.RepositoryRoot, "demo", "athenaeum-demo.xml");

    [Fact]
    public async Task Serve_UnwritableLibrary_ServesReadOnlyWithStateInTheUsersDataFolder()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var import = await CliProcess.RunAsync(directory.Root, "import", DemoDump);
        Assert.True(import.ExitCode == 0, import.Stderr);
        var folder = Path.Combine(directory.Root, "data");
        var library = Path.Combine(folder, "library.db");
        var before = Hash(library);
        var data = UnwritableLibrary.CreateSharedFolder(Path.Combine(directory.Root, "xdg"));
        var environment = new Dictionary<string, string> { ["XDG_DATA_HOME"] = data, ["HOME"] = data };
        UnwritableLibrary.MakeReadOnly(folder);

        // Act
        Session session;
        try
        {
            session = await ServeAsync(directory.Root, environment, UnwritableLibrary.PrepareForNobody(directory.Root), "--library", library);
        }
        finally
        {
            UnwritableLibrary.MakeWritable(folder);
        }

        // Assert
        session.AssertServedReadOnly();
        Assert.Contains("read-only (the library file is not writable, immutable)", session.Stdout, StringComparison.Ordinal);
        var state = Assert.Single(Directory.GetFiles(Path.Combine(data, "athenaeum"), "library-*-state.db"));
        Assert.Contains("go to " + state, session.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Hash(library));
        Assert.Equal(["library.db", "library.db.lock"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Serve_ReadOnlyOptionWithState_ServesAndCreatesTheStateDatabase()
    {
        // Arrange: a library the process could write, served read-only on request.
        using var directory = new TemporaryDirectory();
        var import = await CliProcess.RunAsync(directory.Root, "import", DemoDump);
        Assert.True(import.ExitCode == 0, import.Stderr);
        var library = Path.Combine(directory.Root, "data", "library.db");
        var state = Path.Combine(directory.Root, "state", "enwiki-state.db");
        var before = Hash(library);

        // Act
        var session = await ServeAsync(directory.Root, new Dictionary<string, string>(), false, "--library", library, "--read-only", "--state", state);

        // Assert
        session.AssertServedReadOnly();
        Assert.Contains("read-only (Athenaeum:ReadOnly (serve --read-only) is set)", session.Stdout, StringComparison.Ordinal);
        Assert.Contains("go to " + state, session.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(state));
        Assert.Equal(before, Hash(library));
    }

    [Fact]
    public async Task Serve_ReadOnlyWithPartialIndex_WarnsOnceThatSearchCoversOnlyTheIndexedPart()
    {
        // Arrange: two articles out of the index, as an import interrupted before indexing leaves it.
        using var directory = new TemporaryDirectory();
        var import = await CliProcess.RunAsync(directory.Root, "import", DemoDump);
        Assert.True(import.ExitCode == 0, import.Stderr);
        var library = Path.Combine(directory.Root, "data", "library.db");
        using (var provider = Storage.Sqlite.SqliteLibraryProvider.Open(library))
        {
            provider.Search.Apply([], [provider.Pages.GetPage(0, "Wrenmouth Tidal Mill")!.Id, provider.Pages.GetPage(0, "Glossary of Wrenmouth dialect")!.Id]);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Act
        var session = await ServeAsync(directory.Root, new Dictionary<string, string>(), false, "--library", library, "--read-only", "--state", Path.Combine(directory.Root, "state.db"));

        // Assert
        session.AssertServedReadOnly();
        var warnings = session.Stdout.Split('\n').Where(l => l.Contains("The search index is not complete", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("searching covers only the indexed part", warning, StringComparison.Ordinal);
        Assert.Matches(@"\((\d+) of (\d+) articles indexed\)", warning);
        Assert.Contains("\"state\":\"incomplete\"", session.Health, StringComparison.Ordinal);
    }

    private static async Task<Session> ServeAsync(string root, IReadOnlyDictionary<string, string> environment, bool asNobody, params string[] args)
    {
        var url = "http://127.0.0.1:" + ServeCommandTests.FreePort().ToString(CultureInfo.InvariantCulture);
        using var serve = CliProcess.Start(root, environment, asNobody, ["serve", "--urls", url, .. args]);
        var stdout = serve.StandardOutput.ReadToEndAsync();
        var stderr = serve.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        await ServeCommandTests.WaitUntilUpAsync(http, serve);
        var article = await http.GetAsync(new Uri("/wiki/The_Salt_Orchard", UriKind.Relative));
        var articleAgain = await http.GetAsync(new Uri("/wiki/The_Salt_Orchard", UriKind.Relative));
        var search = await http.GetStringAsync(new Uri("/search?q=wrenmouth", UriKind.Relative));
        var health = await http.GetStringAsync(new Uri("/healthz?details", UriKind.Relative));
        using (var kill = Process.Start("kill", ["-INT", serve.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await serve.WaitForExitAsync(timeout.Token);
        return new Session(serve.ExitCode, await stdout, await stderr, article.StatusCode, articleAgain.StatusCode, await article.Content.ReadAsStringAsync(), search, health);
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private sealed record Session(int ExitCode, string Stdout, string Stderr, HttpStatusCode Article, HttpStatusCode ArticleAgain, string ArticleHtml, string Search, string Health)
    {
        public void AssertServedReadOnly()
        {
            Assert.True(ExitCode == 0, Stderr);
            Assert.Equal(HttpStatusCode.OK, Article);
            Assert.Equal(HttpStatusCode.OK, ArticleAgain);
            Assert.Contains("WHEBN0000000003", ArticleHtml, StringComparison.Ordinal);
            Assert.Contains("<mark>", Search, StringComparison.Ordinal);
            Assert.Contains("\"readOnly\":true", Health, StringComparison.Ordinal);
            Assert.Contains("Serving ", Stdout, StringComparison.Ordinal);
            Assert.Contains(" read-only at http://127.0.0.1:", Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("fail:", Stdout, StringComparison.Ordinal);
        }
    }
}

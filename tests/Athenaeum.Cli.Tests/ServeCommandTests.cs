using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;

namespace Athenaeum.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_ImportedDemo_ServesArticlesAndStopsOnSigint()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var dump = Path.Combine(CorpusPaths.RepositoryRoot, "demo", "athenaeum-demo.xml");
        var import = await CliProcess.RunAsync(directory.Root, "import", dump);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("Search index: 28 articles indexed by the import; catch-up: 0 pages added", import.Stdout, StringComparison.Ordinal);
        var url = "http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Act
        using var serve = CliProcess.Start(directory.Root, "serve", "--urls", url);
        var stdout = serve.StandardOutput.ReadToEndAsync();
        var stderr = serve.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        await WaitUntilUpAsync(http, serve);
        var article = await http.GetAsync(new Uri("/wiki/The_Salt_Orchard", UriKind.Relative));
        var search = await http.GetStringAsync(new Uri("/search?q=wrenmouth", UriKind.Relative));
        using (var kill = Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await serve.WaitForExitAsync(timeout.Token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("WHEBN0000000003", await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<mark>", search, StringComparison.Ordinal);
        Assert.True(serve.ExitCode == 0, await stderr);
        Assert.Contains("Serving ", await stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_MissingLibrary_FailsNamingThePath()
    {
        using var directory = new TemporaryDirectory();

        var result = await CliProcess.RunAsync(directory.Root, "serve", "--library", "nowhere/library.db");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine("nowhere", "library.db"), result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory.Root, "nowhere", "library.db")));
    }

    [Fact]
    public async Task Serve_PortInUse_PrintsOneLineNamingTheUrlWithoutStackTrace()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var import = await CliProcess.RunAsync(directory.Root, "import", DemoDump);
        Assert.True(import.ExitCode == 0, import.Stderr);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = "http://127.0.0.1:" + ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "serve", "--urls", url);

        // Assert
        Assert.Equal(1, result.ExitCode);
        var output = result.Stdout + result.Stderr;
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", output, StringComparison.Ordinal);
        Assert.Equal(
            ["error: cannot listen on " + url + ": the address is already in use (another server is listening there; choose another with --urls)."],
            NonEmptyLines(result.Stderr));
    }

    [Fact]
    public async Task Serve_BackgroundFaultAfterStartUp_IsStillLoggedWithItsStackTrace()
    {
        // Arrange: a served library whose import-run table disappears, so the library monitor's next check fails.
        using var directory = new TemporaryDirectory();
        var import = await CliProcess.RunAsync(directory.Root, "import", DemoDump);
        Assert.True(import.ExitCode == 0, import.Stderr);
        await File.WriteAllTextAsync(Path.Combine(directory.Root, "athenaeum.json"), """{ "Athenaeum": { "GenerationCheckSeconds": 0.2 } }""");
        var url = "http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var serve = CliProcess.Start(directory.Root, "serve", "--urls", url);
        var stdout = serve.StandardOutput.ReadToEndAsync();
        var stderr = serve.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        await WaitUntilUpAsync(http, serve);

        // Act
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Path.Combine(directory.Root, "data", "library.db")))
        {
            connection.Open();
            using var rename = connection.CreateCommand();
            rename.CommandText = "ALTER TABLE import_run RENAME TO import_run_gone";
            rename.ExecuteNonQuery();
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        using (var kill = Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await serve.WaitForExitAsync(timeout.Token);

        // Assert
        var output = await stdout + await stderr;
        Assert.Contains("Checking the library for changes failed", output, StringComparison.Ordinal);
        Assert.Contains("no such table: import_run", output, StringComparison.Ordinal);
        Assert.Contains("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_LibraryNotSqlite_PrintsOneLineNamingTheFile()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var library = directory.File("notes.db");
        await File.WriteAllTextAsync(library, "These are notes, not a library.\n");

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "serve", "--library", library, "--urls", "http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(1, result.ExitCode);
        AssertOneErrorLine(result, library, "not a database");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Serve_UnwritableLibraryWithReadOnlyOff_PrintsOneLineNamingTheFile()
    {
        // Arrange: a real library the serving process may read but not write, and the operator has turned
        // read-only serving off (Athenaeum:ReadOnly=false). Root writes anywhere, so as root the server runs
        // as 'nobody' (setpriv); otherwise the file and its folder lose their write bits.
        using var directory = new TemporaryDirectory();
        var import = await CliProcess.RunAsync(directory.Root, "import", DemoDump);
        Assert.True(import.ExitCode == 0, import.Stderr);
        var folder = Path.Combine(directory.Root, "data");
        var library = Path.Combine(folder, "library.db");
        UnwritableLibrary.MakeReadOnly(folder);
        var port = "http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Act
        CliResult result;
        try
        {
            result = await CliProcess.RunAsync(
                directory.Root, new Dictionary<string, string> { ["Athenaeum__ReadOnly"] = "false" }, UnwritableLibrary.PrepareForNobody(directory.Root), "serve", "--library", library, "--urls", port);
        }
        finally
        {
            UnwritableLibrary.MakeWritable(folder);
        }

        // Assert
        Assert.Equal(1, result.ExitCode);
        AssertOneErrorLine(result, library, "readonly");
    }

    [Fact]
    public async Task Serve_Help_ShowsOptionsAndExamples()
    {
        using var directory = new TemporaryDirectory();

        var result = await CliProcess.RunAsync(directory.Root, "serve", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--urls", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--library", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("athenaeum serve --library /srv/enwiki.db", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--read-only", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--state", result.Stdout, StringComparison.Ordinal);
    }

    private static string DemoDump => Path.Combine(CorpusPaths.RepositoryRoot, "demo", "athenaeum-demo.xml");

    /// <summary>The failure is one line on stderr, with every fragment, and no stack trace anywhere.</summary>
    private static void AssertOneErrorLine(CliResult result, params string[] fragments)
    {
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr, StringComparison.Ordinal);
        var line = Assert.Single(NonEmptyLines(result.Stderr));
        Assert.All(fragments, f => Assert.Contains(f, line, StringComparison.Ordinal));
    }

    private static string[] NonEmptyLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task WaitUntilUpAsync(HttpClient http, Process serve)
    {
        for (var i = 0; i < 120; i++)
        {
            Assert.False(serve.HasExited, "serve exited early");
            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        Assert.Fail("serve did not answer /healthz within 30 s");
    }
}

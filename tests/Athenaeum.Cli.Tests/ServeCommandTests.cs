using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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
    public async Task Serve_Help_ShowsOptionsAndExamples()
    {
        using var directory = new TemporaryDirectory();

        var result = await CliProcess.RunAsync(directory.Root, "serve", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--urls", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--library", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("athenaeum serve --library /srv/enwiki.db", result.Stdout, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilUpAsync(HttpClient http, Process serve)
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

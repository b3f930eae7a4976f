using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Athenaeum.Cli.Tests;

/// <summary>
/// The comparison benchmark (bench/compare/run.sh) in its smoke version, so that it cannot rot: a 9-page
/// dump imported into Athenaeum and a MediaWiki 1.39 of the benchmark's own, five articles rendered by
/// both and scored, two seconds of wrk per server, a few search queries. Real processes throughout.
/// </summary>
public sealed class BenchSmokeTests
{
    private static readonly string[] Steps = ["import", "render", "fidelity", "serve", "search"];

    [BenchSmokeFact]
    public async Task RunSh_Smoke_PrintsEveryStepWithMeasuredFigures()
    {
        // Arrange
        using var temp = new TemporaryDirectory();
        var outDir = temp.File("bench-out");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var benchRender = Path.Combine(CorpusPaths.RepositoryRoot, "artifacts", "bin", "Athenaeum.Bench.Render", configuration, "benchrender.dll");
        Assert.True(File.Exists(benchRender), $"the render benchmark is not built at {benchRender}");
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = CorpusPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "bench/compare/run.sh", "--smoke", "--no-build", "--out", outDir })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ATHENAEUM_CLI"] = Path.Combine(AppContext.BaseDirectory, "athenaeum.dll");
        info.Environment["ATHENAEUM_BENCHRENDER"] = benchRender;

        // Act
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start bash");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
        {
            await process.WaitForExitAsync(timeout.Token);
        }

        var output = await stdout + await stderr;

        // Assert
        Assert.True(process.ExitCode != 77, "bench/compare/run.sh --smoke could not install its Debian packages: " + output[^Math.Min(output.Length, 600)..]);
        Assert.True(process.ExitCode == 0, $"bench/compare/run.sh --smoke exited with {process.ExitCode}: {output[^Math.Min(output.Length, 2000)..]}");
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "smoke", "results.json")));
        var rows = results.RootElement.GetProperty("rows").EnumerateArray().ToList();
        foreach (var step in Steps)
        {
            Assert.Contains(rows, r => r[0].GetString() == step);
        }

        Assert.True(Number(rows, "import", "pages/s", 2) > 0, "Athenaeum's import rate is measured");
        Assert.True(Number(rows, "import", "pages/s", 3) > 0, "MediaWiki's import rate is measured");
        Assert.True(Number(rows, "render", "pages/s, 1 core", 3) > 0, "MediaWiki's render rate is measured");
        Assert.True(Number(rows, "fidelity", "median", 2) >= 0.9, "the synthetic pages render as MediaWiki renders them");
        Assert.True(Number(rows, "serve", "requests/s at 8", 3) > 0, "MediaWiki served pages under wrk");
        Assert.True(Number(rows, "serve", "requests/s at 8", 4) > 0, "kiwix-serve served pages under wrk");
        Assert.True(Number(rows, "search", "searches/s at 8 connections, queries asked once", 2) > 0, "Athenaeum answered new searches under wrk");
        Assert.True(Number(rows, "search", "searches/s at 8 connections, queries asked once", 4) > 0, "kiwix-serve answered new searches under wrk");
        Assert.True(File.Exists(Path.Combine(outDir, "smoke", "html", "mediawiki", "Article1.html")), "MediaWiki's HTML is kept for inspection");
    }

    private static double Number(List<JsonElement> rows, string step, string measure, int column)
    {
        var row = rows.First(r => r[0].GetString() == step && r[1].GetString()!.Contains(measure, StringComparison.Ordinal));
        var cell = row[column];
        return cell.ValueKind == JsonValueKind.Number ? cell.GetDouble()
            : double.Parse(cell.GetString() ?? "NaN", CultureInfo.InvariantCulture);
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Cli.Tests;

public sealed class ResumeAfterKillTests
{
    private const int FatwikiPages = 3566;

    private static string Dump => CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2");

    [Fact]
    public async Task Import_KilledAtSeveralPoints_ResumesToTheSameLibraryAsACleanImport()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var clean = directory.File("clean.db");
        var cleanRun = await CliProcess.RunAsync(directory.Root, "import", Dump, "--library", clean);
        Assert.True(cleanRun.ExitCode == 0, cleanRun.Stderr);
        var expected = LibraryFingerprint.Compute(clean);
        var expectedSearch = LibraryFingerprint.ComputeSearch(clean);
        var killed = directory.File("killed.db");
        var killedAt = new List<long>();

        // Act: SIGKILL when the library holds 20 %, 50 % and 90 % of the pages, each time resuming the run. The
        // import runs niced: resuming from 20 % reaches the end in well under a second, and a watcher starved of
        // the processor for that long saw it only when every page was in (CI, 2026-11-23: killed at 720, 3566, 3566).
        foreach (var fraction in new[] { 0.2, 0.5, 0.9 })
        {
            using var process = CliProcess.StartNiced(directory.Root, "import", Dump, "--library", killed, "--batch-size", "20");
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            var count = await WaitForPagesAsync(killed, (long)(FatwikiPages * fraction), process);
            if (count is { } reached)
            {
                process.Kill();
                killedAt.Add(reached);
            }

            await process.WaitForExitAsync();
            await drain;
        }

        var final = await CliProcess.RunAsync(directory.Root, "import", Dump, "--library", killed, "--batch-size", "20");

        // Assert
        Assert.True(final.ExitCode == 0, final.Stderr);
        Assert.Equal(3, killedAt.Count);
        Assert.True(killedAt[0] < killedAt[1] && killedAt[1] < killedAt[2] && killedAt[2] < FatwikiPages, string.Join(", ", killedAt));
        Assert.Contains("resuming an interrupted run", final.Stdout, StringComparison.Ordinal);
        var actual = LibraryFingerprint.Compute(killed);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Empty(expected.Where(e => !actual.TryGetValue(e.Key, out var hash) || hash != e.Value).Select(e => e.Key));
        var actualSearch = LibraryFingerprint.ComputeSearch(killed);
        Assert.True(expectedSearch.Count > 1400, "articles indexed: " + expectedSearch.Count);
        Assert.Equal(expectedSearch, actualSearch);
        Assert.Contains("catch-up: 0 pages added", final.Stdout, StringComparison.Ordinal);
        var run = LibraryFingerprint.LatestRun(killed);
        Assert.Equal(FatwikiPages, run.Progress.PagesRead);
        Assert.Equal(FatwikiPages, run.Progress.Added);
        Assert.Equal(0, run.Progress.Unchanged + run.Progress.Updated + run.Progress.Skipped + run.Removed);
    }

    [Fact]
    public async Task Import_CtrlC_CommitsWhatWasReadAndTheSameCommandResumes()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var library = directory.File("library.db");
        using var process = CliProcess.StartNiced(directory.Root, "import", Dump, "--library", library, "--batch-size", "20");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // Act: SIGINT, as Ctrl+C in a terminal sends.
        var reached = await WaitForPagesAsync(library, FatwikiPages / 3, process);
        Assert.NotNull(reached);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        var interrupted = LibraryFingerprint.LatestRun(library);
        var resumed = await CliProcess.RunAsync(directory.Root, "import", Dump, "--library", library);

        // Assert
        Assert.Equal(130, process.ExitCode);
        Assert.StartsWith("interrupted: ", await stderr, StringComparison.Ordinal);
        _ = await stdout;
        Assert.InRange(interrupted.Progress.PagesRead, reached.Value, FatwikiPages - 1);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("resuming an interrupted run", resumed.Stdout, StringComparison.Ordinal);
        Assert.Equal(FatwikiPages, LibraryFingerprint.LatestRun(library).Progress.Added);
    }

    /// <summary>Polls the library read-only until it holds <paramref name="target"/> pages; null when the import ended first.</summary>
    private static async Task<long?> WaitForPagesAsync(string libraryPath, long target, Process process)
    {
        SQLitePCL.Batteries_V2.Init();
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            var count = CountPages(libraryPath);
            if (count >= target)
            {
                return count;
            }

            await Task.Delay(5);
        }

        return null;
    }

    private static long CountPages(string libraryPath)
    {
        if (!File.Exists(libraryPath))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={libraryPath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM page";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // The library is being created or migrated.
            return 0;
        }
    }
}

using System.Diagnostics;
using Athenaeum.Dump;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Import.Tests;

public sealed class FaultAndResumeTests
{
    [Fact]
    public async Task ImportAsync_TruncatedMultistreamDump_KeepsEarlierPagesAndNamesFileAndOffset()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var truncated = directory.File("fatwiki-20240920-truncated.xml.bz2");
        var bytes = await File.ReadAllBytesAsync(FatwikiLibraryFixture.DumpPath);
        await File.WriteAllBytesAsync(truncated, bytes.AsMemory(0, bytes.Length * 6 / 10));
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));
        var importer = new DumpImporter(library, new ImportOptions { BatchSize = 100 });

        // Act
        var error = await Assert.ThrowsAsync<DumpFormatException>(() => importer.ImportAsync(truncated));
        var stored = library.Site.GetStatistics().Pages;
        var run = library.ImportRuns.GetLatestRun()!;
        var again = await Assert.ThrowsAsync<DumpFormatException>(() => importer.ImportAsync(truncated));
        var runAgain = library.ImportRuns.GetLatestRun()!;

        // Assert
        Assert.StartsWith(truncated + ": byte ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.InRange(stored, 1000, 3565);
        Assert.Equal(ImportRunStatus.Failed, run.Status);
        Assert.Equal(error.Message, run.Error);
        Assert.Equal(stored, run.Progress.Added);
        Assert.Equal(error.Message, again.Message);
        Assert.Equal(run.Id, runAgain.Id);
        Assert.Equal(stored, runAgain.Progress.Added);
        Assert.Equal(stored, library.Site.GetStatistics().Pages);
    }

    [Fact]
    public async Task ImportAsync_TruncatedThenCompleteDump_EndsWithEveryPageOnce()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var xml = directory.File("fatwiki.xml");
        await DecompressAsync(FatwikiLibraryFixture.DumpPath, xml);
        var truncated = directory.File("fatwiki-truncated.xml");
        var bytes = await File.ReadAllBytesAsync(xml);
        await File.WriteAllBytesAsync(truncated, bytes.AsMemory(0, bytes.Length / 2));
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));
        var importer = new DumpImporter(library, new ImportOptions { BatchSize = 250 });
        var error = await Assert.ThrowsAsync<DumpFormatException>(() => importer.ImportAsync(truncated));
        var partial = library.Site.GetStatistics().Pages;

        // Act
        var summary = await importer.ImportAsync(xml);

        // Assert
        Assert.Contains(truncated, error.Message, StringComparison.Ordinal);
        Assert.InRange(partial, 500, 3000);
        Assert.Equal(3566, library.Site.GetStatistics().Pages);
        Assert.Equal(3566 - partial, summary.Run.Progress.Added);
        Assert.Equal(partial, summary.Run.Progress.Unchanged);
        Assert.Equal(0, summary.Run.Removed);
    }

    [Fact]
    public async Task ImportAsync_CancelledThenRunAgain_ResumesWithNoPageLostOrDoubled()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));
        var importer = new DumpImporter(library, new ImportOptions { BatchSize = 100, ProgressInterval = TimeSpan.FromMilliseconds(5) });
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.PagesRead >= 1200)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportAsync(FatwikiLibraryFixture.DumpPath, progress, cancel.Token));
        var interrupted = library.ImportRuns.GetLatestRun()!;

        // Act
        var summary = await importer.ImportAsync(FatwikiLibraryFixture.DumpPath);

        // Assert
        Assert.InRange(interrupted.Progress.PagesRead, 1200, 3565);
        Assert.True(interrupted.Progress.ResumeOffset > 0);
        Assert.True(summary.IsResumed);
        Assert.Equal(interrupted.Id, summary.Run.Id);
        Assert.Equal(3566, summary.Run.Progress.PagesRead);
        Assert.Equal(3566, summary.Run.Progress.Added);
        Assert.Equal(0, summary.Run.Progress.Unchanged + summary.Run.Progress.Updated + summary.Run.Progress.Skipped);
        Assert.Equal(3566 - interrupted.Progress.PagesRead, summary.SessionPages);
        Assert.Equal(3566, library.Site.GetStatistics().Pages);
    }

    [Fact]
    public async Task ImportAsync_MissingFile_ThrowsNamingIt()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));
        var missing = directory.File("nope.xml.bz2");

        // Act
        var error = await Assert.ThrowsAsync<DumpFormatException>(() => new DumpImporter(library).ImportAsync(missing));

        // Assert
        Assert.StartsWith(missing + ": byte 0", error.Message, StringComparison.Ordinal);
        Assert.Null(library.ImportRuns.GetLatestRun());
    }

    [Fact]
    public async Task ImportAsync_TinyWiki_KeepsTheFirstOfDuplicatePageIds()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));

        // Act
        var summary = await new DumpImporter(library).ImportAsync(CorpusPaths.Get("dumps/tinywiki.xml"));

        // Assert
        Assert.Equal(8, summary.Run.Progress.PagesRead);
        Assert.Equal(2, summary.Run.Progress.Added);
        Assert.Equal(6, summary.Run.Progress.Skipped);
        Assert.NotNull(library.Pages.GetPage(0, "Hello"));
        Assert.NotNull(library.Pages.GetPage(0, "Toronto"));
    }

    [Fact]
    public async Task ImportAsync_EnwikiSample_StoresArticlesAndRedirects()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));

        // Act
        var summary = await new DumpImporter(library).ImportAsync(CorpusPaths.Get("dumps/enwiki-2016-sample.xml.bz2"));

        // Assert
        Assert.Equal(206, summary.Library.Pages);
        Assert.Equal(100, summary.Library.Redirects);
        var anarchism = library.Pages.GetPage(0, "Anarchism");
        Assert.NotNull(anarchism);
        Assert.Contains(new LinkTarget(0, "Political philosophy"), library.Links.GetLinks(anarchism.Id));
        Assert.Contains(library.Links.GetCategories(anarchism.Id), c => c.Category == "Anarchism");

        // No date in the file name: the newest revision's date stands in.
        Assert.InRange(library.Site.GetSite()!.DumpDate!.Value, new DateOnly(2016, 1, 1), new DateOnly(2017, 12, 31));
    }

    [Fact]
    public async Task ImportAsync_PageWithTwoRevisions_StoresTheLatest()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));

        // Act
        await new DumpImporter(library).ImportAsync(CorpusPaths.Get("dumps/mwxml-two-pages.xml"));
        var foo = library.Pages.GetPage(0, "Foo");

        // Assert
        Assert.NotNull(foo);
        Assert.Equal(2, foo.RevisionId);
        Assert.Equal("222.152.210.109", foo.Contributor);
        Assert.Equal("Revision 2 text", library.Pages.GetText(foo.Id));
    }

    private static async Task DecompressAsync(string bz2, string xml)
    {
        using var process = Process.Start(new ProcessStartInfo("bzip2", ["-dc", bz2]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        await using (var output = File.Create(xml))
        {
            await process.StandardOutput.BaseStream.CopyToAsync(output);
        }

        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>An IProgress that calls back on the reporting thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

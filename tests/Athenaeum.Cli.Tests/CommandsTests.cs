
namespace Athenaeum.Cli.Tests;

public sealed class CommandsTests
{
    [Fact]
    public async Task ImportInfoPage_Fatwiki_ReportSummaryCountsAndPage()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var dump = CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2");

        // Act: the default library is ./data/library.db in the working directory.
        var import = await CliProcess.RunAsync(directory.Root, "import", dump);
        var info = await CliProcess.RunAsync(directory.Root, "info");
        var page = await CliProcess.RunAsync(directory.Root, "page", "Template:Databox");
        var missing = await CliProcess.RunAsync(directory.Root, "page", "No such page here");

        // Assert
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.True(File.Exists(Path.Combine(directory.Root, "data", "library.db")));
        Assert.Contains("3,566 read, 3,566 added, 0 updated, 0 unchanged, 0 removed, 0 skipped", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("828 Module        225", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("redirects 256", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("pages/s", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("Hidden categories: 83 of 83 category pages decided (0 rendered, 0 failed); 13 hidden;", import.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, info.ExitCode);
        Assert.Contains("Wikipedia (fatwiki)", info.Stdout, StringComparison.Ordinal);
        Assert.Contains("dated 2024-09-20", info.Stdout, StringComparison.Ordinal);
        Assert.Contains("total            3,566", info.Stdout, StringComparison.Ordinal);
        Assert.Contains("completed", info.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, page.ExitCode);
        Assert.Contains("Nhwɛdo:Databox (namespace 10)", page.Stdout, StringComparison.Ordinal);
        Assert.Contains("#invoke:", page.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No such page here", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DecodeOnly_CountsEveryPageAndStoresNothing()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var dump = CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2");

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "import", dump, "--decode-only");

        // Assert: the same page count as a real import (3,566), read through the multistream decoder, and no library.
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("(Bzip2Multistream,", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("3,566 pages in ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("nothing stored", result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory.Root, "data")));
    }

    [Fact]
    public async Task Import_BrotliCompression_StoresTextsThatReadBackExactly()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var library = directory.File("library.db");

        // Act
        var import = await CliProcess.RunAsync(directory.Root, "import", CorpusPaths.Get("dumps/mwxml-two-pages.xml"), "--compression", "brotli", "--library", library);
        var page = await CliProcess.RunAsync(directory.Root, "page", "Foo", "--raw", "--library", library);
        var bad = await CliProcess.RunAsync(directory.Root, "import", "x.xml", "--compression", "zip", "--library", library);

        // Assert
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Equal("Revision 2 text", page.Stdout);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("zip", bad.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("info")]
    [InlineData("page")]
    public async Task Help_EveryCommand_HasExamples(string command)
    {
        // Arrange
        using var directory = new TemporaryDirectory();

        // Act
        var help = await CliProcess.RunAsync(directory.Root, command, "--help");

        // Assert
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Examples:", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--library", help.Stdout, StringComparison.Ordinal);
    }
}

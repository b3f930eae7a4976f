
namespace Athenaeum.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public async Task Import_TruncatedDump_FailsWithOneLineAndKeepsEarlierPagesReadable()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var truncated = directory.File("fatwiki-20240920-truncated.xml.bz2");
        var bytes = await File.ReadAllBytesAsync(CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2"));
        await File.WriteAllBytesAsync(truncated, bytes.AsMemory(0, bytes.Length * 6 / 10));
        var library = directory.File("library.db");

        // Act
        var import = await CliProcess.RunAsync(directory.Root, "import", truncated, "--library", library);
        var page = await CliProcess.RunAsync(directory.Root, "page", "Aaron Mike Oquaye", "--library", library);

        // Assert
        Assert.NotEqual(0, import.ExitCode);
        var error = SingleLine(import.Stderr);
        Assert.StartsWith("error: " + truncated + ": byte ", error, StringComparison.Ordinal);
        Assert.Equal(0, page.ExitCode);
        Assert.Contains("WHEBN0000000076", page.Stdout, StringComparison.Ordinal);
        Assert.Contains("[[Ghana]]", page.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MalformedXml_NamesFileOffsetAndKeepsThePagesBefore()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var xml = await File.ReadAllTextAsync(CorpusPaths.Get("dumps/mwxml-two-pages.xml"));
        var broken = directory.File("broken.xml");
        var second = xml.IndexOf("<page>", xml.IndexOf("</page>", StringComparison.Ordinal), StringComparison.Ordinal);
        await File.WriteAllTextAsync(broken, xml[..second] + "<page><title>Bar</title><ns>0</ns><id>2</id><revision><id>3</id></oops></page>");
        var library = directory.File("library.db");

        // Act
        var import = await CliProcess.RunAsync(directory.Root, "import", broken, "--library", library);
        var page = await CliProcess.RunAsync(directory.Root, "page", "Foo", "--raw", "--library", library);

        // Assert
        Assert.NotEqual(0, import.ExitCode);
        Assert.StartsWith("error: " + broken + ": byte ", SingleLine(import.Stderr), StringComparison.Ordinal);
        Assert.Equal(0, page.ExitCode);
        Assert.Equal("Revision 2 text", page.Stdout);
    }

    [Fact]
    public async Task Import_UnknownSchemaVersion_IsRefused()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var xml = (await File.ReadAllTextAsync(CorpusPaths.Get("dumps/mwxml-two-pages.xml"))).Replace("0.8", "0.99", StringComparison.Ordinal);
        var future = directory.File("future.xml");
        await File.WriteAllTextAsync(future, xml);

        // Act
        var import = await CliProcess.RunAsync(directory.Root, "import", future, "--library", directory.File("library.db"));

        // Assert
        Assert.NotEqual(0, import.ExitCode);
        var error = SingleLine(import.Stderr);
        Assert.Contains(future, error, StringComparison.Ordinal);
        Assert.Contains("0.99", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_IndexOfAnotherDump_IsRefusedNamingTheIndex()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var index = CorpusPaths.Get("dumps/akwiki-20230301-pages-articles-multistream-index.txt.bz2");

        // Act
        var import = await CliProcess.RunAsync(
            directory.Root, "import", CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2"), "--index", index, "--library", directory.File("library.db"));

        // Assert
        Assert.NotEqual(0, import.ExitCode);
        Assert.Contains("index", SingleLine(import.Stderr), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Import_MissingFile_NamesIt()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var missing = directory.File("missing.xml.bz2");

        // Act
        var import = await CliProcess.RunAsync(directory.Root, "import", missing, "--library", directory.File("library.db"));

        // Assert
        Assert.Equal(1, import.ExitCode);
        Assert.Equal("error: " + missing + ": byte 0: the dump file does not exist", SingleLine(import.Stderr));
    }

    [Fact]
    public async Task Import_DumpOfAnotherWiki_IsRefused()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var library = directory.File("library.db");
        var first = await CliProcess.RunAsync(directory.Root, "import", CorpusPaths.Get("dumps/mwxml-two-pages.xml"), "--library", library);

        // Act
        var second = await CliProcess.RunAsync(directory.Root, "import", CorpusPaths.Get("dumps/tinywiki.xml"), "--library", library);

        // Assert
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        var error = SingleLine(second.Stderr);
        Assert.Contains("'enwiki'", error, StringComparison.Ordinal);
        Assert.Contains("'tmp-wp'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100001")]
    [InlineData("many")]
    public async Task Import_BadBatchSize_IsRefused(string batchSize)
    {
        // Arrange
        using var directory = new TemporaryDirectory();

        // Act
        var import = await CliProcess.RunAsync(directory.Root, "import", "dump.xml", "--batch-size", batchSize, "--library", directory.File("library.db"));

        // Assert
        Assert.NotEqual(0, import.ExitCode);
        Assert.Contains(batchSize, import.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(directory.File("library.db")));
    }

    [Fact]
    public async Task Info_MissingLibrary_NamesIt()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var library = directory.File("none.db");

        // Act
        var info = await CliProcess.RunAsync(directory.Root, "info", "--library", library);

        // Assert
        Assert.Equal(1, info.ExitCode);
        Assert.StartsWith("error: " + library + ": no library here", SingleLine(info.Stderr), StringComparison.Ordinal);
        Assert.False(File.Exists(library));
    }

    private static string SingleLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        return lines[0].TrimEnd('\r');
    }
}


namespace Athenaeum.Cli.Tests;

public sealed class ParserTestsCommandTests
{
    private static string MiniFile => Path.Combine(AppContext.BaseDirectory, "TestData", "mini-parser-tests.txt");

    [Fact]
    public async Task ParserTests_FileWithAFailure_PrintsCountsAndExits1()
    {
        // Arrange
        using var directory = new TemporaryDirectory();

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "parser-tests", MiniFile);

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("│ mini-parser-tests.txt │      1 │      1 │       0 │     2 │", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("passed 1 of 2 cases run (50.0 %), 0 skipped", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParserTests_Verbose_PrintsNameWikitextExpectedAndActual()
    {
        // Arrange
        using var directory = new TemporaryDirectory();

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "parser-tests", MiniFile, "--failures");

        // Assert
        Assert.Contains("FAIL mini-parser-tests.txt:13: Italic text with a wrong expectation", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  ''italic''", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  <p><b>not what the parser gives</b>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  <p><i>italic</i>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Bold text passes", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParserTests_Filter_RunsOnlyMatchingCases()
    {
        // Arrange
        using var directory = new TemporaryDirectory();

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "parser-tests", MiniFile, "--filter", "BOLD");

        // Assert
        Assert.True(result.ExitCode == 0, result.Stdout);
        Assert.Contains("passed 1 of 1 cases run (100.0 %), 0 skipped", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParserTests_NoFiles_RunsTheCorpusFilesFoundAboveTheCurrentDirectory()
    {
        // Act: from the repository root, ../shared/corpus/parser-tests is found by walking up.
        var result = await CliProcess.RunAsync(CorpusPaths.RepositoryRoot, "parser-tests", "--filter", "poem");

        // Assert
        foreach (var file in Directory.GetFiles(CorpusPaths.Get("parser-tests"), "*.txt"))
        {
            Assert.Contains("│ " + Path.GetFileName(file) + " ", result.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("│ Total ", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ poemParserTests\.txt +│ +[1-9]\d* │", result.Stdout);
    }

    [Fact]
    public async Task ParserTests_MissingFile_OneLineError()
    {
        // Arrange
        using var directory = new TemporaryDirectory();

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "parser-tests", "nope.txt");

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: nope.txt: no such file or folder.", result.Stderr.TrimEnd('\n'));
    }
}

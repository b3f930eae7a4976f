namespace Athenaeum.Cli.Tests;

/// <summary><c>render --file A --file B … --out DIR</c> and <c>--files-from LIST</c>: many files in one process.</summary>
public sealed class RenderFilesTests
{
    [Fact]
    public async Task RenderFiles_SeveralWithOneMissingOneFolderOneHostile_RendersTheOthersAndNamesEachFailure()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        await File.WriteAllTextAsync(directory.File("first_page.wikitext"), "'''Bold''' text on {{PAGENAME}}.");
        await File.WriteAllTextAsync(directory.File("hostile.wikitext"), "<script>alert('xss')</script>\n<img src=x onerror=\"alert(1)\">\n[javascript:alert(2) link]");
        Directory.CreateDirectory(directory.File("folder.wikitext"));

        // Act
        var result = await CliProcess.RunAsync(
            directory.Root, "render", "--file", "first_page.wikitext", "hostile.wikitext", "--file", "missing.wikitext", "--file", "folder.wikitext", "--out", "out");

        // Assert
        Assert.Equal(1, result.ExitCode);
        var first = await File.ReadAllTextAsync(directory.File(Path.Combine("out", "First_page.html")));
        Assert.Equal("<div class=\"mw-parser-output\"><p><b>Bold</b> text on First page.\n</p></div>", first);
        var hostile = await File.ReadAllTextAsync(directory.File(Path.Combine("out", "Hostile.html")));
        Assert.Contains("&lt;script&gt;alert('xss')&lt;/script&gt;", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hostile, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", hostile, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", hostile, StringComparison.OrdinalIgnoreCase);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("error: folder.wikitext: it is a folder", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("error: missing.wikitext: Could not find file ", errors[1], StringComparison.Ordinal);
        Assert.True(File.Exists(directory.File(Path.Combine("out", "Missing.err"))));
        Assert.Contains("Done: 4 files, 2 errors, ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(" files/s", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  failed: missing.wikitext: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderFiles_FilesFromList_RendersEveryListedFileTitledByItsName()
    {
        // Arrange: a list as find(1) writes it, with a blank line and a path in a subfolder.
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("pages"));
        await File.WriteAllTextAsync(directory.File(Path.Combine("pages", "Alpha_beta.wikitext")), "Page {{PAGENAME}}");
        await File.WriteAllTextAsync(directory.File(Path.Combine("pages", "Gamma.txt")), "== Heading ==\nText");
        await File.WriteAllTextAsync(directory.File("list.txt"), "pages/Alpha_beta.wikitext\n\n" + directory.File(Path.Combine("pages", "Gamma.txt")) + "\n");

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "render", "--files-from", "list.txt", "--out", "html", "--jobs", "1");

        // Assert
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Empty(result.Stderr);
        Assert.Equal(["Alpha_beta.html", "Gamma.html"], Directory.GetFiles(directory.File("html")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Page Alpha beta", await File.ReadAllTextAsync(directory.File(Path.Combine("html", "Alpha_beta.html"))), StringComparison.Ordinal);
        Assert.Contains("<h2><span class=\"mw-headline\" id=\"Heading\">Heading</span></h2>", await File.ReadAllTextAsync(directory.File(Path.Combine("html", "Gamma.html"))), StringComparison.Ordinal);
        Assert.Contains("Rendering 2 files ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Done: 2 files, 0 errors, ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderFiles_SameTitleTwice_RefusesTheSecondWithoutOverwritingTheFirst()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("a"));
        Directory.CreateDirectory(directory.File("b"));
        await File.WriteAllTextAsync(directory.File(Path.Combine("a", "Page.wikitext")), "From a");
        await File.WriteAllTextAsync(directory.File(Path.Combine("b", "page.wikitext")), "From b");

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "render", "--file", "a/Page.wikitext", "b/page.wikitext", "--out", "out", "--jobs", "1");

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("From a", await File.ReadAllTextAsync(directory.File(Path.Combine("out", "Page.html"))), StringComparison.Ordinal);
        Assert.False(File.Exists(directory.File(Path.Combine("out", "Page.err"))));
        Assert.Equal("error: b/page.wikitext: renders as the page 'Page', as a/Page.wikitext does; its Page.html would overwrite that one", result.Stderr.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("--file a.wikitext b.wikitext", "error: several files (or --files-from) need --out DIR, the directory to write NAME.html files to.")]
    [InlineData("--file a.wikitext b.wikitext --out o --title T", "error: --title names one page; with several files each is titled after its file name ('_' as space).")]
    [InlineData("--files-from nowhere.txt --out o", "error: nowhere.txt: no such file (the list of --files-from).")]
    [InlineData("--file a.wikitext - --out o", "error: '--file -' (stdin) renders one page to stdout; with --out DIR give the files by path.")]
    public async Task RenderFiles_BadArguments_OneLineErrorAndExitCode1(string arguments, string expected)
    {
        // Arrange
        using var directory = new TemporaryDirectory();

        // Act
        var result = await CliProcess.RunAsync(directory.Root, ["render", .. arguments.Split(' ')]);

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Stderr.TrimEnd('\n'));
    }

    [Fact]
    public async Task RenderFile_OneFileWithOutAndTitle_WritesTheTitledPage()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        await File.WriteAllTextAsync(directory.File("draft.wikitext"), "On {{FULLPAGENAME}}");

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "render", "--file", "draft.wikitext", "--title", "Help:Sandbox page", "--out", "out");

        // Assert
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("On Help:Sandbox page", await File.ReadAllTextAsync(directory.File(Path.Combine("out", "Help%3ASandbox_page.html"))), StringComparison.Ordinal);
    }
}

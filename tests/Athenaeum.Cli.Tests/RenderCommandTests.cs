namespace Athenaeum.Cli.Tests;

public sealed class RenderCommandTests(NamingLibraryFixture fixture) : IClassFixture<NamingLibraryFixture>
{
    [Fact]
    public async Task RenderTitle_StoredPage_PrintsWrappedHtmlWithTemplatesExpanded()
    {
        // Act
        var result = await CliProcess.RunAsync(fixture.Root, "render", "Foo bar/baz", "--library", fixture.Library);

        // Assert
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.StartsWith("<div class=\"mw-parser-output\"><p><b>Foo</b> uses Hello, world! and links to ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wiki/%C6%86b%C9%9Bs%C9%9B\" title=\"Ɔbɛsɛ\">Ɔbɛsɛ</a>", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("</div>\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderTitle_Redirect_PrintsTheRedirectHeaderOfAPageView()
    {
        // Act
        var result = await CliProcess.RunAsync(fixture.Root, "render", "Old name", "--library", fixture.Library);

        // Assert
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains(
            "<div class=\"redirectMsg\"><p>Redirect to:</p><ul class=\"redirectText\"><li><a href=\"/wiki/Foo_bar/baz\" title=\"Foo bar/baz\">Foo bar/baz</a></li></ul></div>",
            result.Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderTitle_MissingPage_OneLineErrorAndExitCode1()
    {
        // Act
        var result = await CliProcess.RunAsync(fixture.Root, "render", "No such page", "--library", fixture.Library);

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Equal($"error: no page 'No such page' in {fixture.Library}.", result.Stderr.TrimEnd('\n'));
    }

    [Fact]
    public async Task RenderTitle_NoLibrary_OneLineErrorNamingTheFile()
    {
        // Arrange
        using var directory = new TemporaryDirectory();

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "render", "Anything");

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("library.db", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderFile_WithoutLibrary_RendersAsAPageOfAPlainEnglishWiki()
    {
        // Arrange: no ./data/library.db in this directory.
        using var directory = new TemporaryDirectory();
        var file = directory.File("My_page.wikitext");
        await File.WriteAllTextAsync(file, "{{PAGENAME}} is ''here''. {{Missing}}\n");

        // Act
        var byName = await CliProcess.RunAsync(directory.Root, "render", "--file", file);
        var byTitle = await CliProcess.RunAsync(directory.Root, "render", "--file", file, "--title", "Help:Other");

        // Assert
        Assert.True(byName.ExitCode == 0, byName.Stderr);
        Assert.StartsWith("<div class=\"mw-parser-output\"><p>My page is <i>here</i>. ", byName.Stdout, StringComparison.Ordinal);
        Assert.Contains("title=\"Template:Missing (page does not exist)\"", byName.Stdout, StringComparison.Ordinal);
        Assert.True(byTitle.ExitCode == 0, byTitle.Stderr);
        Assert.StartsWith("<div class=\"mw-parser-output\"><p>Other is <i>here</i>. ", byTitle.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderFile_WithLibrary_UsesItsTemplatesAndLinks()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        var file = directory.File("page.wikitext");
        await File.WriteAllTextAsync(file, "{{Hello|you}} [[Ɔbɛsɛ]] [[Nowhere]]");

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "render", "--file", file, "--library", fixture.Library);

        // Assert
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Hello, you!", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wiki/%C6%86b%C9%9Bs%C9%9B\" title=\"Ɔbɛsɛ\">", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("class=\"new\" title=\"Nowhere (page does not exist)\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderFile_MissingFile_OneLineError()
    {
        // Act
        var result = await CliProcess.RunAsync(fixture.Root, "render", "--file", "nope.wikitext");

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: nope.wikitext: no such file.", result.Stderr.TrimEnd('\n'));
    }

    [Theory]
    [InlineData]
    [InlineData("Foo", "--all")]
    [InlineData("--all")]
    public async Task Render_NotExactlyOneMode_OneLineUsageError(params string[] args)
    {
        // Act
        var result = await CliProcess.RunAsync(fixture.Root, ["render", .. args, "--library", fixture.Library]);

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("parser-tests")]
    public async Task Help_NewCommands_HaveExamples(string command)
    {
        // Act
        var help = await CliProcess.RunAsync(fixture.Root, command, "--help");

        // Assert
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Examples:", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("athenaeum " + command, help.Stdout, StringComparison.Ordinal);
    }
}

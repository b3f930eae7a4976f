
namespace Athenaeum.Cli.Tests;

public sealed class RenderAllTests(NamingLibraryFixture fixture) : IClassFixture<NamingLibraryFixture>
{
    [Fact]
    public async Task RenderAll_MainNamespace_OneFilePerPageAndTheUnwritableTitleFails()
    {
        // Arrange
        using var output = new TemporaryDirectory();

        // Act
        var result = await CliProcess.RunAsync(fixture.Root, "render", "--all", "--out", output.Root, "--library", fixture.Library);

        // Assert: five pages; the 120-letter title would need a 725-byte file name.
        Assert.Equal(1, result.ExitCode);
        var files = Directory.GetFiles(output.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["%C6%86b%C9%9Bs%C9%9B.html", "AT%26T_100%25.html", "Foo_bar%2Fbaz.html", "Old_name.html"], files);
        Assert.Contains("Done: 5 pages, 1 errors,", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("pages/s, Lua ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("error: " + new string('ɛ', 120) + ": its file name would be 725 bytes", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"mw-parser-output\"><div class=\"redirectMsg\">", await File.ReadAllTextAsync(Path.Combine(output.Root, "Old_name.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAll_TemplateNamespace_NamesCarryTheNamespacePrefix()
    {
        // Arrange
        using var output = new TemporaryDirectory();

        // Act
        var result = await CliProcess.RunAsync(fixture.Root, "render", "--all", "--namespace", "10", "--out", output.Root, "--library", fixture.Library);

        // Assert
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["Template%3AHello.html"], Directory.GetFiles(output.Root).Select(Path.GetFileName));
        Assert.Contains("Done: 1 pages, 0 errors,", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAll_WithoutOut_OneLineError()
    {
        // Act
        var result = await CliProcess.RunAsync(fixture.Root, "render", "--all", "--library", fixture.Library);

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--out DIR", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAll_Fatwiki_WritesTheOracleFileOfEveryPage()
    {
        // Arrange: the whole Fante Wikipedia (3,566 pages, 1,485 in namespace 0), imported with the CLI.
        using var directory = new TemporaryDirectory();
        var library = directory.File("fatwiki.db");
        var output = directory.File("out");
        var import = await CliProcess.RunAsync(directory.Root, "import", CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2"), "--library", library);
        Assert.True(import.ExitCode == 0, import.Stderr);

        // Act
        var result = await CliProcess.RunAsync(directory.Root, "render", "--all", "--out", output, "--library", library);

        // Assert: exactly the oracle's file names, so fidelity.py compares every page.
        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Contains("Done: 1,485 pages, 0 errors,", result.Stdout, StringComparison.Ordinal);
        var rendered = Directory.GetFiles(output, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var oracle = Directory.GetFiles(CorpusPaths.Get("oracle/fatwiki"), "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(oracle, rendered);
    }
}

using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.Helpers;
using Athenaeum.Wikitext.Tests.TestSupport;

namespace Athenaeum.Wikitext.Tests.Extensions.Common;

/// <summary>
/// The tag extensions' spec files (<c>Specs/Cite.md</c>, <c>Poem.md</c> …): each example is rendered
/// with MediaWiki's default pipeline as a page of an English wiki holding the file's pages, and must
/// give the HTML that MediaWiki 1.39 gave for it (the oracle named by the example). An example marked
/// <c>pending=…</c> waits for another branch: it must still fail, so the mark is removed once it passes.
/// </summary>
public sealed class ExtensionSpecTests
{
    private static readonly string[] SpecFiles = ["Cite.md", "Poem.md", "Gallery.md", "TagExtensions.md", "TemplateStyles.md"];

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in SpecFiles.Where(f => File.Exists(Path.Combine(SpecFile.Folder, f))))
        {
            foreach (var example in SpecFile.Read(file).Examples)
            {
                data.Add(file, example.Line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_RendersAsMediaWiki(string file, int line)
    {
        // Arrange
        var example = SpecFile.Read(file).Examples.Single(e => e.Line == line);

        // Act
        var actual = Render(example).TrimEnd();

        // Assert
        var expected = example.Expected.TrimEnd();
        var passed = string.Equals(expected, actual, StringComparison.Ordinal);
        var report = $"{file}:{line}\n--- wikitext\n{example.Wikitext}\n--- expected\n{expected}\n--- actual\n{actual}\n";
        if (example.Options.TryGetValue("pending", out var reason))
        {
            Assert.False(passed, $"{file}:{line} passes now: remove pending={reason}");
        }
        else
        {
            Assert.True(passed, report);
        }
    }

    internal static string Render(SpecExample example)
    {
        var site = example.Options.GetValueOrDefault("oracle") == "fat"
            ? SiteConfiguration.CreateDefault("Wikipedia", "//fat.wikipedia.org", "fat")
            : SiteConfiguration.CreateDefault();
        var pages = new InMemoryPageSource(site);
        foreach (var (pageTitle, text) in example.Pages)
        {
            // The content model MediaWiki gives by title: TemplateStyles sheets are Template subpages ending in ".css".
            var model = pageTitle.EndsWith(".css", StringComparison.Ordinal)
                ? (pageTitle.StartsWith("Template:", StringComparison.Ordinal) && pageTitle.Contains('/', StringComparison.Ordinal) ? "sanitized-css" : "css")
                : "wikitext";
            pages.Add(pageTitle, text, model);
        }

        var titles = new Wikitext.Titles.TitleParser(site);
        var title = titles.Parse(example.Options.GetValueOrDefault("title") ?? "Scratch") ?? throw new InvalidOperationException("bad title");
        var context = new ParserContext(title, site, pages)
        {
            Options = new ParserOptions { WrapOutput = true },
        };
        return WikitextRenderer.Render(example.Wikitext, context).Html;
    }
}

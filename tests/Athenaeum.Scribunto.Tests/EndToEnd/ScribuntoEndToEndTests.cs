using System.Text.Json;
using System.Text.RegularExpressions;
using Athenaeum.Scribunto.Tests.Support;

namespace Athenaeum.Scribunto.Tests.EndToEnd;

/// <summary>
/// Citation, infobox, navbox and #invoke calls rendered through the whole pipeline (preprocessor,
/// parser functions, Scribunto, parse, tidy) with English Wikipedia's modules from the corpus,
/// compared with MediaWiki 1.39's own rendering (TestData/e2e, see its README).
/// </summary>
public sealed partial class ScribuntoEndToEndTests : IClassFixture<ScribuntoEndToEndTests.Fixture>
{
    private readonly Fixture _fixture;

    public ScribuntoEndToEndTests(Fixture fixture)
    {
        _fixture = fixture;
    }

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "e2e"), "*.wikitext").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_Case_MatchesMediaWiki(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "e2e");
        var wikitext = File.ReadAllText(Path.Combine(dir, name + ".wikitext"));
        var expected = File.ReadAllText(Path.Combine(dir, name + ".html"));
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".meta.json")));

        var output = _fixture.Renderer.Render(wikitext);

        Assert.Equal(Normalize(expected), Normalize(output.Html));
        var expectedCategories = meta.RootElement.GetProperty("categories").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(expectedCategories, output.Categories.Select(c => c.Name.Replace(' ', '_')).Distinct().Order(StringComparer.Ordinal));
        var expectedTemplates = meta.RootElement.GetProperty("templates").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);

        // TemplateStyles sheets are dependencies only on a wiki with TemplateStyles (the oracle's lacks it).
        var actualTemplates = output.Templates.Select(t => t.PrefixedText).Where(t => !t.EndsWith(".css", StringComparison.Ordinal));
        Assert.Equal(expectedTemplates, actualTemplates.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// MediaWiki without TemplateStyles prints the tag as escaped text; a wiki with it emits a
    /// style element. Neither is Scribunto's business: both are removed before comparing.
    /// </summary>
    private static string Normalize(string html) => StyleTags().Replace(html.TrimEnd(), string.Empty);

    [GeneratedRegex("&lt;templatestyles[^&]*&gt;(&lt;/templatestyles&gt;)?|<style[^>]*>.*?</style>|<link rel=\"mw-deduplicated-inline-style\"[^>]*>", RegexOptions.Singleline)]
    private static partial Regex StyleTags();

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Renderer = new PageRenderer(TestSites.English);
            EnwikiModules.AddTo(Renderer.Pages, Renderer.Titles);
        }

        internal PageRenderer Renderer { get; }

        public void Dispose() => Renderer.Dispose();
    }
}

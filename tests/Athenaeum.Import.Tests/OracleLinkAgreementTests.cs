using System.Globalization;
using System.Text.Json;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Titles;
using Xunit.Abstractions;

namespace Athenaeum.Import.Tests;

/// <summary>
/// Compares the import-time link scan with what MediaWiki 1.39 recorded when it rendered the same
/// fatwiki articles (the oracle's links, categories and templates). The scan does not expand templates,
/// so it misses what templates add; what it finds must be what MediaWiki finds.
/// </summary>
public sealed class OracleLinkAgreementTests(FatwikiLibraryFixture fixture, ITestOutputHelper output) : IClassFixture<FatwikiLibraryFixture>
{
    [Fact]
    public void Scan_FatwikiArticles_AgreesWithMediaWikiLinkTables()
    {
        // Arrange
        var site = SiteConfigurationFactory.Create(fixture.Library.Site.GetSite()!);
        var titles = new TitleParser(site);
        var oracle = Path.Combine(CorpusPaths.Get("oracle/fatwiki"));
        var links = new Agreement();
        var categories = new Agreement();
        var templates = new Agreement();

        // Act
        foreach (var file in Directory.EnumerateFiles(oracle, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            if (root.GetProperty("is_redirect").ValueKind == JsonValueKind.True)
            {
                continue;
            }

            var page = fixture.Library.Pages.GetPage(0, root.GetProperty("title").GetString()!);
            Assert.NotNull(page);
            links.Add(Targets(root, "links", titles, 0), fixture.Library.Links.GetLinks(page.Id));
            categories.Add(
                root.GetProperty("categories").EnumerateArray().Select(c => new LinkTarget(14, c.GetString()!.Replace('_', ' '))),
                fixture.Library.Links.GetCategories(page.Id).Select(c => new LinkTarget(14, c.Category)));
            templates.Add(Targets(root, "templates", titles, 10), fixture.Library.Links.GetTemplates(page.Id));
        }

        output.WriteLine("links:      " + links);
        output.WriteLine("categories: " + categories);
        output.WriteLine("templates:  " + templates);

        // Assert: what the scan finds, MediaWiki finds (precision); most of what MediaWiki finds is in the text (recall).
        Assert.InRange(links.Precision, 0.95, 1.0);
        Assert.InRange(links.Recall, 0.90, 1.0);
        Assert.InRange(categories.Precision, 0.95, 1.0);
        Assert.InRange(templates.Precision, 0.95, 1.0);
    }

    private static IEnumerable<LinkTarget> Targets(JsonElement root, string property, TitleParser titles, int defaultNamespace)
    {
        foreach (var item in root.GetProperty(property).EnumerateArray())
        {
            var title = titles.Parse(item.GetString(), defaultNamespace == 10 ? 0 : defaultNamespace);
            if (title is not null)
            {
                yield return new LinkTarget(title.Namespace, title.Text);
            }
        }
    }

    private sealed class Agreement
    {
        private long _common;
        private long _expected;
        private long _found;

        public double Precision => _found == 0 ? 1 : (double)_common / _found;

        public double Recall => _expected == 0 ? 1 : (double)_common / _expected;

        public void Add(IEnumerable<LinkTarget> expected, IEnumerable<LinkTarget> found)
        {
            var e = expected.ToHashSet();
            var f = found.ToHashSet();
            _expected += e.Count;
            _found += f.Count;
            _common += e.Intersect(f).Count();
        }

        public override string ToString()
            => string.Create(CultureInfo.InvariantCulture, $"expected {_expected}, found {_found}, common {_common}, precision {Precision:P1}, recall {Recall:P1}");
    }
}

using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Tests.Helpers;
using Athenaeum.Wikitext.Tests.TestSupport;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.Parsing.Preprocessor;

/// <summary>
/// Differential test of the whole expansion against MediaWiki: every fatwiki article, and a call of
/// every fatwiki template, expanded as Special:ExpandTemplates does, must give MediaWiki's text
/// byte for byte and MediaWiki's limit-report counters (visited nodes, post-expand include size,
/// template argument size, expansion depth). Golden data: TestData/Preprocessor/fatwiki-expansions.tsv
/// (made by Oracle/generate.py); pages that need Lua are skipped, and pages that need parser
/// functions of other branches are listed in fatwiki-expansions-known.txt.
/// </summary>
public sealed class MediaWikiExpansionTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "TestData", "Preprocessor");

    [Fact]
    public void ExpandTemplates_FatwikiArticlesAndTemplates_MatchMediaWiki()
    {
        // Arrange
        var golden = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(DataDirectory, "fatwiki-expansions.tsv")))
        {
            var fields = line.Split('\t');
            golden[fields[0]] = fields;
        }

        var known = File.ReadLines(Path.Combine(DataDirectory, "fatwiki-expansions-known.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var (site, pages) = CorpusInputs.FatwikiDump();
        var titles = new TitleParser(site);
        var source = new InMemoryPageSource(site);
        foreach (var page in pages)
        {
            source.Add(page.Title, page.Text, page.Model, page.RedirectTarget);
        }

        var builder = new WikitextPipelineBuilder().UseMediaWikiDefaults();
        builder.TagExtensions.Add(new SilentTags());

        // The oracle wiki lacks TemplateStyles, SyntaxHighlight and Math: there their tags are plain text.
        foreach (var missing in builder.Extensions.Where(e => e is Athenaeum.Wikitext.Extensions.TemplateStyles.TemplateStylesExtension
            or Athenaeum.Wikitext.Extensions.SyntaxHighlight.SyntaxHighlightExtension or Athenaeum.Wikitext.Extensions.MathSource.MathExtension).ToList())
        {
            builder.Extensions.Remove(missing);
        }
        var pipeline = builder.Build();
        var compared = 0;
        var failures = new List<string>();
        var nowPassing = new List<string>();

        // Act
        foreach (var page in pages.Where(p => p.RedirectTarget is null && p.Namespace is 0 or 10))
        {
            var (title, text) = page.Namespace == 0
                ? (page.Title, page.Text)
                : ("Test", "{{" + page.Title + "|a|b|1=x|name=n|title=t}}");
            if (!golden.TryGetValue(CorpusInputs.ShortHash(title + "\n" + text), out var expected))
            {
                continue;
            }

            // MediaWiki rendered with "now" fixed at 2024-01-01 (Oracle/ppexpand.php).
            var context = new ParserContext(titles.Parse(title)!, site, source) { Clock = new FixedClock(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)) };
            using var session = new ParseSession(pipeline, context);
            var result = WikitextPreprocessor.ExpandTemplates(text, session);
            if (result.Contains("#invoke", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            compared++;
            var stats = session.Statistics;
            var actual = new[]
            {
                CorpusInputs.ShortHash(result), stats.VisitedNodeCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                stats.PostExpandIncludeSize.ToString(System.Globalization.CultureInfo.InvariantCulture), stats.TemplateArgumentSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                stats.HighestExpansionDepth.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var equal = actual.SequenceEqual(expected[1..]);
            if (!equal && !known.Contains(page.Title))
            {
                failures.Add($"{page.Title}: MediaWiki {string.Join('/', expected[1..])}, ours {string.Join('/', actual)}");
            }
            else if (equal && known.Contains(page.Title))
            {
                nowPassing.Add(page.Title);
            }
        }

        // Assert
        Assert.True(compared > 1200, "too few pages compared: " + compared);
        Assert.True(failures.Count == 0, $"{failures.Count} expansions differ from MediaWiki's:\n{string.Join('\n', failures.Take(20))}");
        Assert.True(nowPassing.Count == 0, "now equal, remove from fatwiki-expansions-known.txt: " + string.Join(", ", nowPassing));
    }

    /// <summary>The oracle wiki's other tags, recognized so that the tree (and the counters) match; never rendered here.</summary>
    private sealed class SilentTags : ITagExtension
    {
        public IReadOnlyList<string> TagNames { get; } = ["gallery", "indicator", "langconvert", "templatedata", "ref", "references", "categorytree", "poem", "inputbox", "imagemap"];

        public TagResult Render(TagInvocation invocation) => string.Empty;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using Athenaeum.Scribunto;
using Athenaeum.Wikitext.Site;
using Xunit.Abstractions;

namespace Athenaeum.Wikitext.Tests.Robustness;

/// <summary>
/// Every article of the corpus renders without an exception, within limits, to HTML that parses and
/// holds nothing that can run script: all namespace-0 pages of the fatwiki dump (with the dump's
/// templates and Lua modules), and every file of <c>corpus/articles/</c> as a page of an English wiki.
/// </summary>
public sealed class CorpusRenderTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerPageLimit = TimeSpan.FromSeconds(30);
    private static readonly WikitextPipeline Pipeline = new WikitextPipelineBuilder().UseMediaWikiDefaults().UseScribunto().Build();
    private static readonly Lazy<Task<CorpusWiki>> Fatwiki = new(() => CorpusWiki.LoadAsync("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2", "//fat.wikipedia.org"));

    [Fact]
    public async Task Render_EveryFatwikiArticle_SucceedsSafelyWithinLimits()
    {
        // Arrange
        var wiki = await Fatwiki.Value;
        var articles = wiki.Pages.Where(p => p.Title.Namespace == StandardNamespaces.Main).ToList();

        // Act
        var problems = RenderAll(articles.Select(p => (p.Title.PrefixedText, p.Text, new ParserContext(p.Title, wiki.Site, wiki) { PageId = p.PageId, RevisionId = p.RevisionId })));

        // Assert
        Assert.True(articles.Count > 1400, "the fatwiki dump holds 1,485 articles");
        Assert.Empty(problems);
    }

    [Fact]
    public void Render_EveryCorpusArticleFile_SucceedsSafelyWithinLimits()
    {
        // Arrange
        var site = SiteConfiguration.CreateDefault();
        var titles = new Athenaeum.Wikitext.Titles.TitleParser(site);
        var pages = new TestSupport.MemoryPageSource();
        var files = Directory.GetFiles(CorpusPaths.Get("articles"), "*.txt");

        // Act
        var problems = RenderAll(files.Select(f =>
        {
            var title = titles.Parse(Path.GetFileNameWithoutExtension(f).Replace('-', ' '))!;
            return (f, File.ReadAllText(f), new ParserContext(title, site, pages));
        }));

        // Assert
        Assert.Equal(51, files.Length);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("sr", "sr-ec")]
    [InlineData("zh", "zh-tw")]
    public void Render_EveryCorpusArticleFileInAVariant_SucceedsSafelyWithinLimits(string language, string variant)
    {
        // Arrange: the articles as pages of a wiki with variants, converted (Serbian) or through their rules only (Chinese).
        var site = SiteConfiguration.CreateDefault("Wiki", "//wiki.example", language);
        var titles = new Athenaeum.Wikitext.Titles.TitleParser(site);
        var pages = new TestSupport.MemoryPageSource();
        var files = Directory.GetFiles(CorpusPaths.Get("articles"), "*.txt");

        // Act
        var problems = RenderAll(files.Select(f =>
        {
            var title = titles.Parse(Path.GetFileNameWithoutExtension(f).Replace('-', ' '))!;
            return (f, File.ReadAllText(f), new ParserContext(title, site, pages) { Options = new ParserOptions { Variant = variant } });
        }));

        // Assert
        Assert.Equal(51, files.Length);
        Assert.Empty(problems);
    }

    private List<string> RenderAll(IEnumerable<(string Name, string Text, ParserContext Context)> pages)
    {
        var problems = new ConcurrentBag<string>();
        var total = Stopwatch.StartNew();
        var slowest = (Name: string.Empty, Time: TimeSpan.Zero);
        var count = 0;
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var html = Pipeline.Render(page.Text, page.Context).Html;
                var elapsed = watch.Elapsed;
                lock (problems)
                {
                    count++;
                    if (elapsed > slowest.Time)
                    {
                        slowest = (page.Name, elapsed);
                    }
                }

                if (elapsed > PerPageLimit)
                {
                    problems.Add($"{page.Name}: took {elapsed.TotalSeconds:F1} s");
                }

                if (!html.StartsWith("<div class=\"mw-parser-output\">", StringComparison.Ordinal) || !html.EndsWith("</div>", StringComparison.Ordinal))
                {
                    problems.Add($"{page.Name}: output is not wrapped");
                }

                new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
                foreach (var problem in RenderPropertyTests.ScriptCapableMarkup(html))
                {
                    problems.Add($"{page.Name}: {problem}");
                }
            }
#pragma warning disable CA1031 // Every exception is a finding of this test.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                problems.Add($"{page.Name}: {ex.GetType().Name}: {ex.Message}");
            }
        });

        output.WriteLine($"{count} pages in {total.Elapsed.TotalSeconds:F1} s; slowest {slowest.Name} {slowest.Time.TotalMilliseconds:F0} ms");
        foreach (var problem in problems.Take(50))
        {
            output.WriteLine(problem);
        }

        return [.. problems];
    }
}

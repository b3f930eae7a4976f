using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Athenaeum.Scribunto.Tests.Support;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Site;
using Xunit.Abstractions;

namespace Athenaeum.Scribunto.Tests.EndToEnd;

/// <summary>
/// Every article of the fatwiki dump rendered with its own templates and Lua modules: the script
/// errors on each page are exactly those MediaWiki shows there (corpus/oracle/fatwiki), which are
/// all due to extensions a dump-only wiki lacks (Wikibase, JsonConfig, GeoData).
/// </summary>
public sealed partial class FatwikiScriptErrorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Render_EveryFatwikiArticle_ScriptErrorsMatchMediaWiki()
    {
        // Arrange
        var wiki = await FatwikiCorpus.GetAsync();
        var articles = wiki.Pages.Where(p => p.Title.Namespace == StandardNamespaces.Main && p.RedirectTarget is null).ToList();
        using var scribunto = new ScribuntoExtension();
        var pipeline = new WikitextPipelineBuilder().UseMediaWikiDefaults().Use(scribunto).Build();
        var oracleDir = CorpusPaths.Get("oracle/fatwiki");
        var mismatches = new ConcurrentBag<string>();
        var ours = 0;
        var theirs = 0;
        var watch = Stopwatch.StartNew();

        // Act
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
        {
            var oracleFile = Path.Combine(oracleDir, Uri.EscapeDataString(page.Title.PrefixedText.Replace(' ', '_')) + ".html");
            if (!File.Exists(oracleFile))
            {
                return;
            }

            var context = new ParserContext(page.Title, wiki.Site, wiki) { PageId = page.PageId, RevisionId = page.RevisionId, RevisionTimestamp = page.Timestamp };
            var html = WikitextRenderer.Render(page.Text, context, pipeline).Html;
            var actual = Errors(html);
            var expected = Errors(File.ReadAllText(oracleFile));
            Interlocked.Add(ref ours, actual.Count);
            Interlocked.Add(ref theirs, expected.Count);
            if (!actual.SequenceEqual(expected))
            {
                mismatches.Add(page.Title.PrefixedText + ": ours [" + string.Join(" | ", actual) + "] MediaWiki [" + string.Join(" | ", expected) + "]");
            }
        });

        // Assert
        output.WriteLine($"{articles.Count} articles in {watch.Elapsed.TotalSeconds:F0} s; script errors: ours {ours}, MediaWiki {theirs}; pages that differ: {mismatches.Count}; Lua states created: {scribunto.StatesCreated}");
        foreach (var mismatch in mismatches.Order(StringComparer.Ordinal).Take(40))
        {
            output.WriteLine(mismatch);
        }

        Assert.True(theirs > 800, "MediaWiki shows 831 script errors on fatwiki's articles");
        Assert.Empty(mismatches);
    }

    private static List<string> Errors(string html)
        => [.. ErrorSpan().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Order(StringComparer.Ordinal)];

    [GeneratedRegex("<span class=\"scribunto-error\" id=\"mw-scribunto-error-[0-9]+\">(.*?)</span>")]
    private static partial Regex ErrorSpan();
}

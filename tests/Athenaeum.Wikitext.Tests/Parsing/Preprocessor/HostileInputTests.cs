using System.Diagnostics;
using System.Text;
using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Tests.Helpers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Athenaeum.Wikitext.Tests.Parsing.Preprocessor;

/// <summary>
/// Hostile and random wikitext: the preprocessor never throws, every tree round-trips, and expansion
/// stays within its limits in bounded time.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string[] Tokens =
    [
        "{{", "}}", "{{{", "}}}", "{", "}", "|", "=", "[[", "]]", "[", "]", "\n", "==", "===", " ", "\t", "a", "T", "x y",
        "<!--", "-->", "<nowiki>", "</nowiki>", "<nowiki/>", "<pre>", "</pre>", "<ref name=a>", "</ref>", "<ref/>",
        "<noinclude>", "</noinclude>", "<includeonly>", "</includeonly>", "<onlyinclude>", "</onlyinclude>",
        "-{", "}-", "-", ":", "#if:", "#tag:", "subst:", "msgnw:", "safesubst:", "{{T|", "{{{1|", "{{Loop}}", "{{Big|",
        "<", ">", "/>", "\u007f", "\0", "é", "😀",
    ];

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["Template:T"] = "<{{{1|d}}}|{{{a|}}}>",
        ["Template:Loop"] = "{{Loop}}",
        ["Template:Big"] = "{{{1}}}{{{1}}}{{{1}}}{{{1}}}",
    };

    private static Arbitrary<string> Wikitext()
        => Gen.Elements(Tokens).ListOf().Select(tokens => string.Concat(tokens)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property PreprocessToTree_RandomWikitext_RoundTripsInBothModes()
        => Prop.ForAll(Wikitext(), text =>
        {
            var view = WikitextPreprocessor.PreprocessToTree(text, CorpusInputs.OracleTags, forInclusion: false);
            var inclusion = WikitextPreprocessor.PreprocessToTree(text, CorpusInputs.OracleTags, forInclusion: true);
            return view.Root.ToString() == text && inclusion.Root.ToString() == text;
        });

    [Property(MaxTest = 300)]
    public Property Expand_RandomWikitext_NeverThrowsAndStaysWithinLimits()
        => Prop.ForAll(Wikitext(), text =>
        {
            var harness = new ExpansionHarness(Pages, new ParserOptions { MaxIncludeSize = 4096, MaxNodeCount = 5000 });
            var result = harness.Expand(text);
            return result is not null
                && harness.Statistics.PostExpandIncludeSize <= 4096
                && harness.Statistics.HighestExpansionDepth <= harness.Context.Options.MaxExpandDepth + 1;
        });

    public static TheoryData<string, string> HostileTexts() => new()
    {
        { "100k opening braces", new string('{', 100_000) },
        { "100k closing braces", new string('}', 100_000) },
        { "100k brace pairs", string.Concat(Enumerable.Repeat("{{", 50_000)) + string.Concat(Enumerable.Repeat("}}", 50_000)) },
        { "10k nested templates", string.Concat(Enumerable.Repeat("{{T|", 10_000)) + "x" + string.Concat(Enumerable.Repeat("}}", 10_000)) },
        { "10k nested arguments", string.Concat(Enumerable.Repeat("{{{1|", 10_000)) + "x" + string.Concat(Enumerable.Repeat("}}}", 10_000)) },
        { "10k nested links in a template", "{{T|" + string.Concat(Enumerable.Repeat("[[", 10_000)) + "|=|" },
        { "unclosed tags", string.Concat(Enumerable.Repeat("<ref><nowiki><pre>", 20_000)) },
        { "tags without >", string.Concat(Enumerable.Repeat("<ref ", 50_000)) },
        { "many comments", string.Concat(Enumerable.Repeat("\n <!-- c --> <!-- d --> \n", 20_000)) },
        { "long heading lines", string.Concat(Enumerable.Repeat("\n" + new string('=', 5000) + "x" + new string('=', 3000), 50)) },
        { "many headings in a template", "{{T|" + string.Concat(Enumerable.Repeat("\n== a ==", 20_000)) + "}}" },
        { "language conversion runs", string.Concat(Enumerable.Repeat("-{-{{", 20_000)) },
        { "onlyinclude pieces", string.Concat(Enumerable.Repeat("<onlyinclude>a</onlyinclude>b", 20_000)) },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Expand_HostileText_RoundTripsAndFinishesQuickly(string name, string text)
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);
        var watch = Stopwatch.StartNew();

        // Act
        var tree = WikitextPreprocessor.PreprocessToTree(text, harness.Pipeline, forInclusion: true);
        var result = harness.Expand(text);

        // Assert
        watch.Stop();
        Assert.Equal(text, tree.Root.ToString());
        Assert.NotNull(result);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{name} took {watch.Elapsed}");
    }

    [Fact]
    public void Expand_DeepTemplateNesting_ReportsExpansionDepthError()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);
        var text = new StringBuilder().Insert(0, "{{T|", 500).Append('x').Insert(0, string.Empty).ToString() + string.Concat(Enumerable.Repeat("}}", 500));

        // Act
        var result = harness.Expand(text);

        // Assert
        Assert.Contains("Expansion depth limit exceeded", result, StringComparison.Ordinal);
        Assert.True(harness.Statistics.HighestExpansionDepth <= harness.Context.Options.MaxExpandDepth + 1);
    }
}

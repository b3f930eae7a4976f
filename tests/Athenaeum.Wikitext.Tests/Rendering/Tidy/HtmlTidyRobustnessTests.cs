using System.Diagnostics;
using Athenaeum.Wikitext.Rendering.Tidy;

namespace Athenaeum.Wikitext.Tests.Rendering.Tidy;

/// <summary>Hostile shapes of markup: deep nesting, long unclosed runs, quadratic reconstruction.</summary>
public sealed class HtmlTidyRobustnessTests
{
    public static TheoryData<string, string> DeepInputs() => new()
    {
        { "nested div", Repeat("<div>", 30_000) },
        { "nested b", Repeat("<b>", 30_000) },
        { "distinct unclosed b", string.Concat(Enumerable.Range(0, 30_000).Select(i => $"<b class={i}>")) },
        { "unmatched end tags under spans", Repeat("<span>", 15_000) + Repeat("</em>", 15_000) },
        { "li under divs", Repeat("<div>", 15_000) + Repeat("<li>", 15_000) },
        { "misnested b and div", Repeat("<b><div></b>", 15_000) },
        { "adoption under deep divs", Repeat("<div>", 15_000) + Repeat("<b><i><p></b>", 4_000) },
        { "nested tables", Repeat("<table><tr><td>", 10_000) },
        { "fostered text", "<table>" + Repeat("x<b>y</b>", 15_000) },
        { "svg", "<svg>" + Repeat("<g>", 30_000) },
    };

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void Tidy_DeepOrLongMarkup_FinishesQuicklyWithoutStackOverflow(string name, string input)
    {
        var stopwatch = Stopwatch.StartNew();

        var output = HtmlTidy.Tidy(input);

        stopwatch.Stop();
        Assert.NotEmpty(output);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"{name} took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Tidy_QuadraticReconstruction_StopsAtTheElementLimit()
    {
        var input = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<p><b class={i}></p>")) + "x";

        var error = Assert.Throws<TidyLimitExceededException>(() => HtmlTidy.Tidy(input));

        Assert.Contains(HtmlTidy.ElementLimit(input.Length).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tidy_StripMarkerCharacters_AreKeptAsText()
    {
        var output = HtmlTidy.Tidy("a\u007f'\"`UNIQ-x-0-QINU`\"'\u007fb", textProcessor: null);

        Assert.Equal("<p>a\u007f'\"`UNIQ-x-0-QINU`\"'\u007fb</p>", output);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\uD800")]
    [InlineData("<b \uDC00=\"\uD800\">\r\n")]
    [InlineData("<")]
    [InlineData("</")]
    [InlineData("<!--")]
    [InlineData("<![CDATA[")]
    [InlineData("<svg><![CDATA[")]
    [InlineData("<a title='")]
    [InlineData("&#")]
    public void Tidy_TruncatedOrOddInput_DoesNotThrow(string input)
    {
        var exception = Record.Exception(() => HtmlTidy.Tidy(input));

        Assert.Null(exception);
    }

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));
}

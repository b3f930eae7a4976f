using System.Diagnostics;
using System.Globalization;
using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Tests.Helpers;

namespace Athenaeum.Wikitext.Tests.Expansion;

public sealed class LimitTests
{
    [Fact]
    public void Expand_TemplateLoop_PrintsMediaWikiErrorAndTrackingCategory()
    {
        // Arrange
        var harness = new ExpansionHarness(new Dictionary<string, string> { ["Template:Loop"] = "a{{Loop}}b" });

        // Act
        var result = harness.Expand("{{Loop}}");

        // Assert
        Assert.Equal("a<span class=\"error\">Template loop detected: [[Template:Loop]]</span>b", result);
        Assert.Contains(harness.Output.Categories, c => c.Name == "Pages with template loops");
        Assert.Contains("Warning: This page calls Template:Loop which causes a template loop (an infinite recursive call).", harness.Output.Warnings);
    }

    [Fact]
    public void Expand_LoopThroughRedirect_IsDetected()
    {
        // Arrange
        var harness = new ExpansionHarness(new Dictionary<string, string>
        {
            ["Template:A"] = "<{{B}}>",
            ["Template:B"] = "#REDIRECT [[Template:A]]",
        });

        // Act
        var result = harness.Expand("{{A}}");

        // Assert
        Assert.Equal("<<span class=\"error\">Template loop detected: [[Template:B]]</span>>", result);
    }

    [Fact]
    public void Expand_PageTranscludingItself_ShowsItsTextOnceThenTheLoopError()
    {
        // Arrange
        var harness = new ExpansionHarness(new Dictionary<string, string> { ["Test page"] = "x{{:Test page}}" });

        // Act
        var result = harness.Expand("x{{:Test page}}");

        // Assert
        Assert.Equal("xx<span class=\"error\">Template loop detected: [[Test page]]</span>", result);
    }

    [Fact]
    public void Expand_TemplatesNestedPastMaxTemplateDepth_StopWithDepthError()
    {
        // Arrange: D0 → D1 → … → D49, all different titles, so no loop.
        var pages = new Dictionary<string, string>();
        for (var k = 0; k < 50; k++)
        {
            pages["Template:D" + k.ToString(CultureInfo.InvariantCulture)] = "{{D" + (k + 1).ToString(CultureInfo.InvariantCulture) + "}}";
        }

        var harness = new ExpansionHarness(pages);

        // Act
        var result = harness.Expand("{{D0}}");

        // Assert
        Assert.Equal("<span class=\"error\">Template recursion depth limit exceeded (40)</span>", result);
    }

    [Fact]
    public void Expand_OutputPastIncludeSize_IsOmittedWithWarningComment()
    {
        // Arrange
        var big = new string('x', 60);
        var harness = new ExpansionHarness(new Dictionary<string, string> { ["Template:Big"] = big }, new ParserOptions { MaxIncludeSize = 100 });

        // Act
        var result = harness.Expand("{{Big|1}}{{Big|2}}");

        // Assert
        Assert.Equal(big + "[[:Template:Big]]<!-- WARNING: template omitted, post-expand include size too large -->", result);
        Assert.Contains(harness.Output.Categories, c => c.Name == "Pages where template include size is exceeded");
        // The replacement text is not counted (MediaWiki).
        Assert.Equal(60, harness.Output.LimitReport[LimitReportKeys.PostExpandIncludeSize]);
    }

    [Fact]
    public void Expand_ArgumentPastIncludeSize_GetsWarningCommentAndIsNotCounted()
    {
        // Arrange: the argument is used four times where it adds nothing to the output.
        var use = "{{#if:{{{1}}}|}}";
        var harness = new ExpansionHarness(
            new Dictionary<string, string> { ["Template:Use"] = string.Concat(Enumerable.Repeat(use, 4)) },
            new ParserOptions { MaxIncludeSize = 100 });

        // Act
        var result = harness.Expand("{{Use|" + new string('y', 30) + "}}");

        // Assert
        Assert.Equal(string.Empty, result);
        Assert.Equal(90, harness.Output.LimitReport[LimitReportKeys.TemplateArgumentSize]);
        Assert.Contains(harness.Output.Categories, c => c.Name == "Pages containing omitted template arguments");
    }

    [Fact]
    public void Expand_BillionLaughs_StopsWithinLimitsQuickly()
    {
        // Arrange: L9 would expand to 10^9 copies of "lol"; arguments defeat the no-argument cache.
        var pages = new Dictionary<string, string> { ["Template:L0"] = "lol" };
        for (var k = 1; k <= 9; k++)
        {
            var inner = "{{L" + (k - 1).ToString(CultureInfo.InvariantCulture) + "|{{{1|x}}}}}";
            pages["Template:L" + k.ToString(CultureInfo.InvariantCulture)] = string.Concat(Enumerable.Repeat(inner, 10));
        }

        var harness = new ExpansionHarness(pages);
        var watch = Stopwatch.StartNew();

        // Act
        var result = harness.Expand("{{L9|a}}");

        // Assert
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "took " + watch.Elapsed);
        Assert.True(Encoding.UTF8.GetByteCount(result) <= 3 * 1024 * 1024, "output of " + result.Length + " characters");
        Assert.True(harness.Statistics.PostExpandIncludeSize <= harness.Context.Options.MaxIncludeSize);
        Assert.Contains(harness.Output.Categories, c => c.Name is "Pages where template include size is exceeded" or "Pages where node count is exceeded");
    }

    [Fact]
    public void Expand_PastNodeCount_PrintsNodeCountError()
    {
        // Arrange
        var harness = new ExpansionHarness(new Dictionary<string, string> { ["Template:T"] = "t" }, new ParserOptions { MaxNodeCount = 20 });

        // Act
        var result = harness.Expand(string.Concat(Enumerable.Repeat("{{T|1}}", 30)));

        // Assert
        Assert.Contains("<span class=\"error\">Node-count limit exceeded</span>", result, StringComparison.Ordinal);
        Assert.StartsWith("t", result, StringComparison.Ordinal);
        Assert.Contains(harness.Output.Categories, c => c.Name == "Pages where node count is exceeded");
        Assert.True(harness.Statistics.VisitedNodeCount > 20);
    }

    [Fact]
    public void Expand_PastExpansionDepth_PrintsExpansionDepthError()
    {
        // Arrange: each argument level expands its value in a nested expansion.
        var harness = new ExpansionHarness(new Dictionary<string, string> { ["Template:E"] = "({{{1}}})" }, new ParserOptions { MaxExpandDepth = 10 });
        var text = string.Concat(Enumerable.Repeat("{{E|", 12)) + "x" + string.Concat(Enumerable.Repeat("}}", 12));

        // Act
        var result = harness.Expand(text);

        // Assert
        Assert.Contains("<span class=\"error\">Expansion depth limit exceeded</span>", result, StringComparison.Ordinal);
        Assert.Contains(harness.Output.Categories, c => c.Name == "Pages where expansion depth is exceeded");
        Assert.Equal(11, harness.Output.LimitReport[LimitReportKeys.ExpansionDepth]);
    }

    [Fact]
    public void Expand_TooManyExpensiveCalls_WarnsAndRefusesPastTheLimit()
    {
        // Arrange
        var harness = new ExpansionHarness(options: new ParserOptions { MaxExpensiveFunctionCount = 2 });

        // Act
        var result = harness.Expand("{{#expensive:}}{{#expensive:}}{{#expensive:}}");

        // Assert
        Assert.Equal("yesyesno", result);
        Assert.Equal(3, harness.Output.LimitReport[LimitReportKeys.ExpensiveFunctionCount]);
        Assert.Contains(harness.Output.Categories, c => c.Name == "Pages with too many expensive parser function calls");
    }

    [Fact]
    public void Expand_PageLargerThanIncludeSize_IsNotPreprocessed()
    {
        // Arrange: MediaWiki's replaceVariables leaves text over the limit alone.
        var harness = new ExpansionHarness(new Dictionary<string, string> { ["Template:T"] = "t" }, new ParserOptions { MaxIncludeSize = 20 });

        // Act
        var result = harness.Expand("{{T}} <!-- comment --> padding");

        // Assert
        Assert.Equal("{{T}} <!-- comment --> padding", result);
        Assert.Equal(0, harness.Statistics.VisitedNodeCount);
    }

    [Fact]
    public void CompleteLimitReport_NormalPage_ReportsCountersAndLimits()
    {
        // Arrange
        var harness = new ExpansionHarness(new Dictionary<string, string> { ["Template:T"] = "{{{1}}}" });

        // Act
        harness.Expand("{{T|abc}}");

        // Assert
        var report = harness.Output.LimitReport;
        Assert.Equal(3, report[LimitReportKeys.PostExpandIncludeSize]);
        Assert.Equal(3, report[LimitReportKeys.TemplateArgumentSize]);
        Assert.Equal(2048 * 1024, report[LimitReportKeys.PostExpandIncludeSize + LimitReportKeys.LimitSuffix]);
        Assert.Equal(40, report[LimitReportKeys.ExpansionDepth + LimitReportKeys.LimitSuffix] - 60);
        Assert.True(report[LimitReportKeys.VisitedNodes] > 0);
    }
}

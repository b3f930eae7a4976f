using Athenaeum.Wikitext.Tests.Helpers;

namespace Athenaeum.Wikitext.Tests.Expansion;

public sealed class TemplateExpansionTests
{
    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal)
    {
        ["Template:Echo"] = "{{{1}}}",
        ["Template:Pair"] = "{{{1}}}-{{{2}}}",
        ["Template:Named"] = "[{{{a}}}]",
        ["Template:Default"] = "{{{1|def}}}",
        ["Template:Indirect"] = "{{{ {{{name}}} }}}",
        ["Template:Inc"] = "a<noinclude>b</noinclude><includeonly>c</includeonly>d",
        ["Template:Only"] = "x<onlyinclude>y</onlyinclude>z<onlyinclude>w</onlyinclude>",
        ["Template:R1"] = "#REDIRECT [[Template:Echo]]",
        ["Template:R2"] = "#REDIRECT [[Template:R1]]",
        ["Template:R3"] = "#REDIRECT [[Template:R2]]",
        ["Template:Star"] = "* item",
        ["Template:Table"] = "{|\n|x\n|}",
        ["Template:Heading"] = "=== B ===",
        ["Main text"] = "from main",
        ["Module:M"] = "return {}",
    };

    [Theory]
    [InlineData("{{Echo| x }}", " x ")]
    [InlineData("{{Echo|1= x }}", "x")]
    [InlineData("{{Named| a = x }}", "[x]")]
    [InlineData("{{Pair|a|b}}", "a-b")]
    [InlineData("{{Pair|2=b|a}}", "a-b")]
    [InlineData("{{Default}}", "def")]
    [InlineData("{{Default|}}", "")]
    [InlineData("{{Indirect|name=foo|foo=bar}}", "bar")]
    [InlineData("{{echo|z}}", "z")]
    [InlineData("{{Template:Echo|z}}", "z")]
    [InlineData("{{ Echo |z}}", "z")]
    [InlineData("{{:Main text}}", "from main")]
    [InlineData("{{Module:M}}", "return {}")]
    [InlineData("{{Echo|[[a|b]]}}", "[[a|b]]")]
    [InlineData("{{Echo|<!-- c -->x}}", "x")]
    [InlineData("{{Echo|a=b}}", "{{{1}}}")]
    [InlineData("{{{1}}}", "{{{1}}}")]
    [InlineData("{{{1|x}}}", "x")]
    [InlineData("{{{1|a=b|c}}}", "a=b")]
    [InlineData("{{Inc}}", "acd")]
    [InlineData("a<noinclude>b</noinclude><includeonly>c</includeonly>d", "abd")]
    [InlineData("{{Only}}", "yw")]
    [InlineData("{{R1|q}}", "q")]
    [InlineData("{{R2|q}}", "q")]
    [InlineData("{{R3|q}}", "\n#REDIRECT [[Template:Echo]]")]
    [InlineData("{{Nope}}", "[[:Template:Nope]]")]
    [InlineData("{{Nope|a|b=c}}", "[[:Template:Nope]]")]
    [InlineData("{{a[b}}", "{{a[b}}")]
    [InlineData("{{a[b|{{Echo|x}}}}", "{{a[b|x}}")]
    [InlineData("{{subst:Echo|a}}", "{{subst:Echo|a}}")]
    [InlineData("{{subst:Echo|{{Echo|a}}}}", "{{subst:Echo|a}}")]
    [InlineData("{{safesubst:Echo|a}}", "a")]
    [InlineData("{{SafeSubst:Echo|a}}", "a")]
    [InlineData("{{msg:Echo|a}}", "a")]
    [InlineData("{{raw:Echo|a}}", "a")]
    [InlineData("{{msgnw:Echo}}", "&#123;&#123;&#123;1&#125;&#125;&#125;")]
    [InlineData("x{{Star}}", "x\n* item")]
    [InlineData("x\n{{Star}}", "x\n* item")]
    [InlineData("{{Star}}", "\n* item")]
    [InlineData("x{{Table}}", "x\n{|\n|x\n|}")]
    [InlineData("a\u007fb", "a?b")]
    public void Expand_Templates_SubstituteAsMediaWiki(string wikitext, string expected)
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);

        // Act
        var result = harness.Expand(wikitext);

        // Assert
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Expand_RedirectedTemplate_RecordsEveryTitleLookedAt()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);

        // Act
        harness.Expand("{{R2|q}}{{Nope}}");

        // Assert
        var templates = harness.Output.Templates.Select(t => t.PrefixedText).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["Template:Echo", "Template:Nope", "Template:R1", "Template:R2"], templates);
    }

    [Fact]
    public void Expand_SameTemplateWithoutArguments_IsFetchedAndExpandedOnce()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);

        // Act
        var result = harness.Expand("{{Inc}}{{Inc}}{{Inc}}");

        // Assert
        Assert.Equal("acdacdacd", result);
        Assert.Equal(1, harness.Pages.Fetches);
    }

    [Fact]
    public void Expand_DuplicateArgument_LaterWinsWithWarningAndCategory()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);

        // Act
        var result = harness.Expand("{{Named|a=1|a=2}}");

        // Assert
        Assert.Equal("[2]", result);
        Assert.Contains(harness.Output.Categories, c => c.Name == "Pages using duplicate arguments in template calls");
        Assert.Contains(harness.Output.Warnings, w => w.Contains("Template:Named", StringComparison.Ordinal) && w.Contains("\"a\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Expand_SectionHeadings_GetMarkersNamingTheirSource()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);

        // Act
        var raw = harness.ExpandRaw("== A ==\n{{Heading}}\n{{Echo|\n== not a section ==\n}}");

        // Assert
        var session = harness.LastSession!;
        Assert.Equal(2, session.Headings.Count);
        Assert.Equal("Test page", session.Headings[0].Title.PrefixedText);
        Assert.Equal(1, session.Headings[0].Index);
        Assert.Equal("Template:Heading", session.Headings[1].Title.PrefixedText);
        var first = raw.IndexOf("==", StringComparison.Ordinal) + 2;
        Assert.True(Athenaeum.Wikitext.Parsing.ParseSession.TryParseHeadingMarker(raw, first, out var serial, out var length));
        Assert.Equal(0, serial);
        Assert.Equal(" A ==", raw.Substring(first + length, 5));
        Assert.Equal("== A ==\n=== B ===\n\n== not a section ==\n", harness.Unstrip(raw));
    }
}

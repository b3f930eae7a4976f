using Athenaeum.Wikitext.Tests.Helpers;

namespace Athenaeum.Wikitext.Tests.Expansion;

public sealed class ParserFunctionCallTests
{
    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal)
    {
        ["Template:Loop"] = "{{Loop}}",
        ["Template:Echo"] = "{{{1}}}",
        ["Template:PAGENAME"] = "template, not variable",
        ["Template:Star"] = "* item",
    };

    [Theory]
    [InlineData("{{#if: x | yes | no }}", "yes")]
    [InlineData("{{#if:| yes | no }}", "no")]
    [InlineData("{{#IF:x|yes}}", "yes")]
    [InlineData("{{ #if: x |yes}}", "yes")]
    [InlineData("{{lc:ABC}}", "abc")]
    [InlineData("{{LC: ABC }}", "abc")]
    [InlineData("{{lc:A|B}}", "a")]
    [InlineData("{{#html:x}}", "<b>x</b>")]
    [InlineData("{{#reparse:((Echo!q))}}", "q")]
    [InlineData("{{#reparse:(((1)))|arg}}", "arg")]
    [InlineData("{{#reparse:nw}}", "&#91;&#91;x&#93;&#93; &#39;&#39;y&#39;&#39;")]
    [InlineData("{{#reparse:missing}}", "{{#reparse:missing}}")]
    [InlineData("{{#nosuchfunction:x}}", "{{#nosuchfunction:x}}")]
    [InlineData("{{nosuchfunction:x}}", "[[:Template:Nosuchfunction:x]]")]
    [InlineData("{{PAGENAME}}", "Test page")]
    [InlineData("{{PAGENAME|x}}", "template, not variable")]
    [InlineData("{{pagename}}", "[[:Template:Pagename]]")]
    [InlineData("x{{#if:1|* a}}", "x\n* a")]
    public void Expand_ParserFunctionsAndVariables_AreCalledAsMediaWiki(string wikitext, string expected)
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);

        // Act
        var result = harness.Expand(wikitext);

        // Assert
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Expand_ParserFunctionBranchNotTaken_IsNotExpanded()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);

        // Act
        var result = harness.Expand("{{#if:|{{Loop}}|no}}");

        // Assert
        Assert.Equal("no", result);
        Assert.Empty(harness.Output.Categories);
        Assert.Empty(harness.Output.Templates);
    }
}

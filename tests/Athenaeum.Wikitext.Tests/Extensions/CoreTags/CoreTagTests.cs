using Athenaeum.Wikitext.Tests.Helpers;

namespace Athenaeum.Wikitext.Tests.Extensions.CoreTags;

public sealed class CoreTagTests
{
    [Theory]
    [InlineData("<nowiki>[[a]] &amp; <b> {{x}}</nowiki>", "[[a]] &amp; &lt;b&gt; {{x}}")]
    [InlineData("<nowiki>-{a}-</nowiki>", "-&#123;a&#125;-")]
    [InlineData("<NoWiki>x</nOwIkI>", "x")]
    [InlineData("a<nowiki/>b", "ab")]
    [InlineData("<nowiki>unclosed", "<nowiki>unclosed")]
    [InlineData("<pre>a <nowiki><b></nowiki> & {{x}}</pre>", "<pre>a &lt;b&gt; & {{x}}</pre>")]
    [InlineData("<pre class=\"c  d c\" onclick=\"x()\" style=\"color:red\">t</pre>", "<pre class=\"c d\" style=\"color:red\">t</pre>")]
    [InlineData("<pre style=\"background:url(x)\">t</pre>", "<pre style=\"/* insecure input */\">t</pre>")]
    [InlineData("<pre id=\"a b\" title='q\"r'>t</pre>", "<pre id=\"a_b\" title=\"q&quot;r\">t</pre>")]
    [InlineData("{{#tag:nowiki|''x''}}", "''x''")]
    [InlineData("{{#tag:pre|a<b|class=\"c\"}}", "<pre class=\"c\">a&lt;b</pre>")]
    [InlineData("{{#tag:span|x|title=y|z}}", "<span title=\"y\">x</span>")]
    [InlineData("{{#tag:span|x|title='a<\"b'}}", "<span title=\"a&lt;&quot;b\">x</span>")]
    [InlineData("{{#tag:br}}", "<br/>")]
    [InlineData("{{#tag: PRE |x}}", "<pre>x</pre>")]
    [InlineData("{{#tag:}}", "</>")]
    public void Expand_CoreTags_RenderAsMediaWiki(string wikitext, string expected)
    {
        // Arrange
        var harness = new ExpansionHarness();

        // Act
        var result = harness.Expand(wikitext);

        // Assert
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Expand_Nowiki_UsesNowikiStripMarker()
    {
        // Arrange
        var harness = new ExpansionHarness();

        // Act
        var raw = harness.ExpandRaw("<nowiki>''a''</nowiki><pre>b</pre>");

        // Assert
        var state = harness.LastSession!.StripState;
        Assert.Equal("''a''" + state.UnstripNoWiki(raw)[5..], state.UnstripNoWiki(raw));
        Assert.DoesNotContain("''a''", state.UnstripGeneral(raw), StringComparison.Ordinal);
        Assert.Contains("<pre>b</pre>", state.UnstripGeneral(raw), StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_UnregisteredTagName_IsText()
    {
        // Arrange
        var harness = new ExpansionHarness();

        // Act
        var result = harness.Expand("<ref>x</ref>");

        // Assert
        Assert.Equal("<ref>x</ref>", result);
    }
}

using Athenaeum.Wikitext.Rendering.Tidy;

namespace Athenaeum.Wikitext.Tests.Rendering.Tidy;

/// <summary>The tidy rules one by one (expected values are MediaWiki 1.39's own tidy output).</summary>
public sealed class HtmlTidyTests
{
    [Theory]
    [InlineData("a", "<p>a</p>")]
    [InlineData("<p>a</p>", "<p>a</p>")]
    [InlineData("\n<b>x</b>\n", "\n<p><b>x</b>\n</p>")]
    [InlineData("<div>a</div>b", "<div>a</div><p>b</p>")]
    [InlineData("<blockquote>a</blockquote>", "<blockquote><p>a</p></blockquote>")]
    [InlineData("<b>x<div>y</div>z</b>", "<p><b>x</b></p><b><div>y</div></b><p><b>z</b></p>")]
    [InlineData("<span><div>x</div></span>y", "<span><div>x</div></span><p>y</p>")]
    [InlineData("<b>x<p>y</b>z</p>", "<p><b>x</b></p><b></b><p><b>y</b>z</p>")]
    [InlineData("<table>x<tr><td>y</td></tr></table>", "x<table><tbody><tr><td>y</td></tr></tbody></table>")]
    [InlineData("<table><tr><td>y</td></tr></table>", "<table><tbody><tr><td>y</td></tr></tbody></table>")]
    [InlineData("<ul><li></li></ul><p></p><table><tr></tr></table>", "<ul><li class=\"mw-empty-elt\"></li></ul><p class=\"mw-empty-elt\"></p><table><tbody><tr class=\"mw-empty-elt\"></tr></tbody></table>")]
    [InlineData("<li class=\"a\"></li>", "<li class=\"a\"></li>")]
    [InlineData("<br><hr><img src=\"x\"><wbr>", "<p><br /></p><hr /><p><img src=\"x\" /></p><wbr />")]
    [InlineData("<pre>\n\nx</pre>", "<pre>\n\nx</pre>")]
    [InlineData("<textarea>\nx</textarea>", "<p><textarea>x</textarea></p>")]
    [InlineData("a &amp; b &lt; &nbsp; &foo; & x &#X41;", "<p>a &amp; b &lt; &#160; &amp;foo; &amp; x &#x41;</p>")]
    [InlineData("a\u00a0b\u0338", "<p>a&#160;b&#x338;</p>")]
    [InlineData("<div title='a \"b\" &amp; \u00a0'>x</div>", "<div title=\"a &quot;b&quot; &amp; &#160;\">x</div>")]
    [InlineData("<style>a<b &amp; !</style>", "<style>a<b &amp; !</style>")]
    [InlineData("<i><b>x</i>y</b>", "<p><i><b>x</b></i><b>y</b></p>")]
    [InlineData("<svg><path d=\"x\"/><foreignObject><div>x</div></foreignObject></svg>", "<svg><path d=\"x\"></path><foreignObject><div>x</div></foreignObject></svg>")]
    [InlineData("<math><mi>x</mi><b>y</b></math>", "<math><mi>x</mi><b>y</b></math>")]
    [InlineData("a\u007fb", "<p>a\u007fb</p>")]
    [InlineData("x<!-- c -->y", "<p>x<!-- c -->y</p>")]
    [InlineData("<script>a\n", "<script>a</script>")]
    [InlineData("<center>a</center>b", "<center>a</center><p>b</p>")]
    public void Tidy_Fragment_MatchesMediaWiki(string input, string expected)
    {
        var output = HtmlTidy.Tidy(input, textProcessor: null);

        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("a !", "<p>a&#160;!</p>")]
    [InlineData("\u00ab b \u00bb", "<p>\u00ab&#160;b&#160;\u00bb</p>")]
    [InlineData("<b>a !</b>", "<p><b>a&#160;!</b></p>")]
    [InlineData("<style>a !</style>", "<style>a !</style>")]
    [InlineData("a :b", "<p>a :b</p>")]
    public void Tidy_ParserDefault_ArmoursFrenchSpacesInText(string input, string expected)
    {
        var output = HtmlTidy.Tidy(input);

        Assert.Equal(expected, output);
    }

    [Fact]
    public void Tidy_TextProcessor_SeesEscapedChunksOutsideRawText()
    {
        var chunks = new List<string>();

        HtmlTidy.Tidy("a<b>&lt;x></b><style>s</style>", t =>
        {
            chunks.Add(t);
            return t;
        });

        Assert.Equal(["a", "&lt;x&gt;"], chunks);
    }

    [Fact]
    public void Tidy_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlTidy.Tidy(null!));
    }
}

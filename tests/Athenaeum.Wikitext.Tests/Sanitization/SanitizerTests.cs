using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Tests.Sanitization;

/// <summary>Readable, table-driven tests of the sanitizer rules (expected values from MediaWiki 1.39).</summary>
public sealed class SanitizerTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>", "<div style=\"/* insecure input */\">x</div>")]
    [InlineData("<div style=\"width: expression(alert(1))\">x</div>", "<div style=\"/* insecure input */\">x</div>")]
    [InlineData("<div style=\"x:\\65 xpression(alert(1))\">x</div>", "<div style=\"/* insecure input */\">x</div>")]
    [InlineData("<div style=\"background:u\\72 l(x)\">x</div>", "<div style=\"/* insecure input */\">x</div>")]
    [InlineData("<span style=\"background:&#x75;rl(x)\">x</span>", "<span style=\"/* insecure input */\">x</span>")]
    [InlineData("<svg onload=alert(1)>", "&lt;svg onload=alert(1)&gt;")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "&lt;math&gt;&lt;mi xlink:href=\"javascript:alert(1)\"&gt;x&lt;/mi&gt;&lt;/math&gt;")]
    [InlineData("<span onmouseover=\"alert(1)\">x</span>", "<span>x</span>")]
    [InlineData("<span title=\"&#106;avascript:alert(1)\" data-x=\"javascript:y\">x</span>", "<span title=\"javascript:alert(1)\" data-x=\"javascript:y\">x</span>")]
    [InlineData("<b title=\"x\" onclick=\"y\">z</b>", "<b title=\"x\">z</b>")]
    [InlineData("<div title=\"a\"onclick=\"b\">x</div>", "<div title=\"a\">x</div>")]
    [InlineData("<div title='a' style='x:expression(1)'>x</div>", "<div title=\"a\" style=\"/* insecure input */\">x</div>")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<style>body{background:red}</style>", "&lt;style&gt;body{background:red}&lt;/style&gt;")]
    [InlineData("<iframe src=\"http://evil\"></iframe>", "&lt;iframe src=\"http://evil\"&gt;&lt;/iframe&gt;")]
    [InlineData("<object data=\"x\"></object><embed src=\"x\">", "&lt;object data=\"x\"&gt;&lt;/object&gt;&lt;embed src=\"x\"&gt;")]
    [InlineData("<form action=\"x\"><input name=\"y\"></form>", "&lt;form action=\"x\"&gt;&lt;input name=\"y\"&gt;&lt;/form&gt;")]
    [InlineData("<div style=\"-moz-binding:url(x)\">x</div>", "<div style=\"/* insecure input */\">x</div>")]
    [InlineData("<div style=\"behavior:url(x.htc)\">x</div>", "<div style=\"/* insecure input */\">x</div>")]
    [InlineData("<span id=\"x\" name=\"y\">z</span>", "<span id=\"x\">z</span>")]
    [InlineData("<div data-mw=\"{}\" data-ooui=\"1\" data-parsoid=\"2\">x</div>", "<div>x</div>")]
    [InlineData("<p style=\"/* x */expression(1)\">y</p>", "<p style=\"/* insecure input */\">y</p>")]
    [InlineData("<font face=\"x\" color=\"red\" onload=\"y\">z</font>", "<font face=\"x\" color=\"red\">z</font>")]
    [InlineData("<table background=\"javascript:x\"><tr><td>y</td></tr></table>", "<table><tr><td>y</td></tr></table>")]
    [InlineData("<br onload=x>", "<br>")]
    [InlineData("<div style=\"width:100px;color:red\">ok</div>", "<div style=\"width:100px;color:red\">ok</div>")]
    public void RemoveHtmlTags_HostileMarkup_ComesOutInert(string input, string expected)
    {
        var output = Sanitizer.RemoveHtmlTags(input);

        Assert.Equal(expected, output);
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+=", output);
    }

    [Theory]
    [InlineData("<b>x</b>", "<b>x</b>")]
    [InlineData("<B>x</B>", "<b>x</b>")]
    [InlineData("<span/>", "<span>")]
    [InlineData("<li/>", "<li></li>")]
    [InlineData("<br/>", "<br/>")]
    [InlineData("<br />", "<br/>")]
    [InlineData("</br>", "</br>")]
    [InlineData("a > b", "a &gt; b")]
    [InlineData("a < b", "a &lt; b")]
    [InlineData("<b", "&lt;b")]
    [InlineData("<div title=\"a>b\">x</div>", "<div title=\"a\">b\"&gt;x</div>")]
    [InlineData("<meta>", "&lt;meta&gt;")]
    [InlineData("<meta itemprop=\"a\" content=\"b\">", "<meta itemprop=\"a\" content=\"b\">")]
    [InlineData("<link itemprop=a href=\"http://x.org/\">", "<link itemprop=\"a\" href=\"http&#58;//x.org/\">")]
    [InlineData("<link itemprop=a href=\"/relative\">", "<link itemprop=\"a\">")]
    [InlineData("x<!-- c -->y", "xy")]
    [InlineData("<nowiki>", "&lt;nowiki&gt;")]
    public void RemoveHtmlTags_Tags_FollowMediaWiki(string input, string expected)
    {
        var output = Sanitizer.RemoveHtmlTags(input);

        Assert.Equal(expected, output);
    }

    [Fact]
    public void RemoveHtmlTags_AttributeCallback_SeesRawAttributesOfKeptTagsOnly()
    {
        var seen = new List<string>();

        var output = Sanitizer.RemoveHtmlTags("<span title=\"MARK\">x</span><script a=\"MARK\">", a =>
        {
            seen.Add(a);
            return a.Replace("MARK", "done", StringComparison.Ordinal);
        });

        Assert.Equal("<span title=\"done\">x</span>&lt;script a=\"MARK\"&gt;", output);
        Assert.Equal([" title=\"MARK\"", string.Empty], seen);
    }

    [Fact]
    public void RemoveHtmlTags_LegacyIdMode_EscapesIdsTheLegacyWay()
    {
        var output = Sanitizer.RemoveHtmlTags("<span id=\"a b é\">x</span>", idMode: FragmentMode.Legacy);

        Assert.Equal("<span id=\"a&#95;b&#95;.C3.A9\">x</span>", output);
    }

    [Theory]
    [InlineData("color:red", "color:red")]
    [InlineData("width: expression(alert(1))", Sanitizer.InsecureCss)]
    [InlineData("background:url(x)", Sanitizer.InsecureCss)]
    [InlineData("background: URL (x)", Sanitizer.InsecureCss)]
    [InlineData("list-style:image(x)", Sanitizer.InsecureCss)]
    [InlineData("b:image-set(x)", Sanitizer.InsecureCss)]
    [InlineData("content:attr(title url)", Sanitizer.InsecureCss)]
    [InlineData("content:attr(title)", "content:attr(title)")]
    [InlineData("filter : alpha(opacity=5)", Sanitizer.InsecureCss)]
    [InlineData("-o-link:x", Sanitizer.InsecureCss)]
    [InlineData("x:\\75 rl(y)", Sanitizer.InsecureCss)]
    [InlineData("x:u\\rl(y)", Sanitizer.InsecureCss)]
    [InlineData("x:&#x75;rl(y)", Sanitizer.InsecureCss)]
    [InlineData("x:u/**/rl(y)", "x:u rl(y)")]
    [InlineData("a:b /* c */ d /* e", "a:b   d ")]
    [InlineData("/* a comment */", "/* a comment */")]
    [InlineData("content:'\\22'", "content:'\\22 '")]
    [InlineData("a:b\\", "a:b\\5c ")]
    [InlineData("a:\\0", Sanitizer.InvalidControlCharCss)]
    [InlineData("a:\\110000", Sanitizer.InvalidControlCharCss)]
    [InlineData("a:\u0001", Sanitizer.InvalidControlCharCss)]
    [InlineData("width: \uFF45\uFF58\uFF50\uFF52\uFF45\uFF53\uFF53\uFF49\uFF4F\uFF4E(1)", "width: \uFF45\uFF58\uFF50\uFF52\uFF45\uFF53\uFF53\uFF49\uFF4F\uFF4E(1)")]
    public void CheckCss_Value_MatchesMediaWiki(string input, string expected)
    {
        var output = Sanitizer.CheckCss(input);

        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("&amp; &lt; &gt; &quot;", "&amp; &lt; &gt; &quot;")]
    [InlineData("&nbsp;&copy;", "&#160;&#169;")]
    [InlineData("&NotEqualTilde;", "&#8770;&#824;")]
    [InlineData("&#065;&#X41;&#x00041;", "&#65;&#x41;&#x41;")]
    [InlineData("&#0; &#xD800; &#1114112;", "&amp;#0; &amp;#xD800; &amp;#1114112;")]
    [InlineData("&foo; &copy a & b", "&amp;foo; &amp;copy a &amp; b")]
    [InlineData("&\u05E8\u05DC\u05DE;", "&rlm;")]
    public void NormalizeCharReferences_Text_MatchesMediaWiki(string input, string expected)
    {
        var output = Sanitizer.NormalizeCharReferences(input);

        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("&amp;&#65;&#x42;&nbsp;", "&AB\u00A0")]
    [InlineData("&foo; &#0; &#xD800;", "&foo; \uFFFD \uFFFD")]
    [InlineData("&copy", "&copy")]
    public void DecodeCharReferences_Text_MatchesMediaWiki(string input, string expected)
    {
        var output = Sanitizer.DecodeCharReferences(input);

        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("a b\tc", FragmentMode.Html5, "a_b_c")]
    [InlineData("Hey < # \" > % : ' \u00E9", FragmentMode.Html5, "Hey_<_#_\"_>_%_:_'_\u00E9")]
    [InlineData("Hey < # \" > % : ' \u00E9", FragmentMode.Legacy, "Hey_.3C_.23_.22_.3E_.25_:_.27_.C3.A9")]
    public void EscapeIdForAttribute_Mode_MatchesMediaWiki(string input, FragmentMode mode, string expected)
    {
        var output = Sanitizer.EscapeIdForAttribute(input, mode);

        Assert.Equal(expected, output);
    }

    [Fact]
    public void EscapeIdForAttribute_HugeId_IsCutTo1024CodePoints()
    {
        var output = Sanitizer.EscapeIdForAttribute(string.Concat(Enumerable.Repeat("\U0001F600", 2000)));

        Assert.Equal(2048, output.Length);
    }

    [Theory]
    [InlineData("50% off %41", "50%_off_%2541")]
    [InlineData("a%4", "a%4")]
    public void EscapeIdForLink_PercentHex_IsEscapedAgain(string input, string expected)
    {
        var output = Sanitizer.EscapeIdForLink(input);

        Assert.Equal(expected, output);
    }

    [Fact]
    public void EscapeIdReferenceList_List_EscapesEachId()
    {
        var output = Sanitizer.EscapeIdReferenceList("  a\tb  c ", FragmentMode.Legacy);

        Assert.Equal("a b c", output);
    }

    [Theory]
    [InlineData("1a b!c\u00A0d__e_", "_a_b_c_d_e")]
    [InlineData("-x", "_x")]
    [InlineData("\u00E9t\u00E9", "\u00E9t\u00E9")]
    public void EscapeClass_Name_MatchesMediaWiki(string input, string expected)
    {
        var output = Sanitizer.EscapeClass(input);

        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("http://exa\u00ADmple.com/a b<c>\"d|e[f]\u007F", "http://example.com/a+b%3Cc%3E%22d%7Ce%5Bf%5D%7F")]
    [InlineData("http://%5B::1%5D:80/x", "http://[::1]:80/x")]
    [InlineData("http://a&amp;b.com/&lt;x&#32;y", "http://a&b.com/%3Cx+y")]
    [InlineData("http://ex\u200Bam\u202Eple.org/\u200B", "http://example.org/\u200B")]
    public void CleanUrl_Url_MatchesMediaWiki(string input, string expected)
    {
        var output = Sanitizer.CleanUrl(input);

        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("a !", "a&#160;!")]
    [InlineData("a :b", "a :b")]
    [InlineData("\u00AB x \u00BB", "\u00AB&#160;x&#160;\u00BB")]
    public void ArmorFrenchSpaces_Text_MatchesMediaWiki(string input, string expected)
    {
        var output = Sanitizer.ArmorFrenchSpaces(input);

        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("a\n <!-- x --> \nb", "a\nb")]
    [InlineData("a<!-- x -->b", "ab")]
    [InlineData("a<!-- x", "a<!-- x")]
    [InlineData("<!<!-- x -->-- y -->z", "z")]
    public void RemoveHtmlComments_Text_MatchesMediaWiki(string input, string expected)
    {
        var output = Sanitizer.RemoveHtmlComments(input);

        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("a''b {{x}} [[y]]", "a&#039;&#039;b &#123;&#123;x&#125;&#125; &#91;&#91;y&#93;&#93;")]
    [InlineData("ISBN RFC PMID | _", "&#73;SBN &#82;FC &#80;MID &#124; &#95;")]
    [InlineData("http://x HTTPS://y hotel:1", "http&#58;//x HTTPS&#58;//y hotel&#58;1")]
    [InlineData("<>\"'\n\t\r&", "&lt;&gt;&quot;&#039;&#10;&#9;&#13;&amp;")]
    public void SafeEncodeAttribute_Value_IsArmouredAgainstLaterPasses(string input, string expected)
    {
        var output = Sanitizer.SafeEncodeAttribute(input);

        Assert.Equal(expected, output);
    }

    [Fact]
    public void DecodeTagAttributes_RepeatedName_KeepsFirstPositionAndLastValue()
    {
        var attributes = Sanitizer.DecodeTagAttributes("a b=c A=dup d = 'e' f=\"g");

        Assert.Equal(["a", "b", "d", "f"], attributes.Keys);
        Assert.Equal(["dup", "c", "e", "g"], attributes.Values);
    }

    [Fact]
    public void ValidateTagAttributes_ItemTypeWithoutItemScope_IsDropped()
    {
        var attributes = Sanitizer.DecodeTagAttributes("itemtype=\"http://schema.org/A\" itemid=x itemref=y itemprop=z");

        var valid = Sanitizer.ValidateTagAttributes(attributes, "div");

        Assert.Equal(["itemprop"], valid.Keys);
    }

    [Fact]
    public void MergeAttributes_Classes_AreCombinedWithoutDuplicates()
    {
        var merged = Sanitizer.MergeAttributes(
            [new("class", "a b"), new("id", "x")],
            [new("class", "b c"), new("title", "t")]);

        Assert.Equal("a b c", merged["class"]);
        Assert.Equal(["class", "id", "title"], merged.Keys);
    }

    [Theory]
    [InlineData("data-mw", true)]
    [InlineData("data-MW-foo", true)]
    [InlineData("data-ooui", true)]
    [InlineData("data-parsoid-x", true)]
    [InlineData("data-x", false)]
    [InlineData("title", false)]
    public void IsReservedDataAttribute_Name_MatchesMediaWiki(string name, bool expected)
    {
        Assert.Equal(expected, Sanitizer.IsReservedDataAttribute(name));
    }

    [Theory]
    [InlineData("http://x.org/", true)]
    [InlineData("//x.org/", true)]
    [InlineData("mailto:a@b", true)]
    [InlineData("HTTP://x.org/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/relative", false)]
    [InlineData("http://x y", false)]
    [InlineData("http://", false)]
    public void IsAllowedUrl_Value_FollowsUrlProtocols(string url, bool expected)
    {
        Assert.Equal(expected, UrlProtocols.IsAllowedUrl(url));
    }
}

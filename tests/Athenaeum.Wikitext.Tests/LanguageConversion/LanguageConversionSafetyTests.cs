using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.Robustness;
using Athenaeum.Wikitext.Tests.TestSupport;
using Athenaeum.Wikitext.Titles;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Athenaeum.Wikitext.Tests.LanguageConversion;

/// <summary>Conversion rules see sanitized HTML and must not be a way around the sanitizer.</summary>
public sealed class LanguageConversionSafetyTests
{
    private static readonly string[] Fragments =
    [
        "-{", "}-", "-{H|", "-{A|", "-{T|", "-{R|", "-{D|", "-{-|", "-{N|", "zh-tw:", "zh-cn:", "sr-ec:", "sr-el:", "=>", ";", ":", "|",
        "<span title=\"", "\">", "\"", "'", "<b>", "</b>", "<div>", "</div>", " onmouseover=\"alert(1)\" ", "onclick=alert(1)",
        "<script>alert(1)</script>", "&lt;script&gt;", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "[[Foo|", "]]",
        "[http://x.org ", "]", "<nowiki>", "</nowiki>", "<pre>", "</pre>", "<code>", "</code>", "{{", "}}", "\n", " ", "x", "Latinski",
        "<span style=\"a:b;zh-tw:c\">", "</span>", "<a href=\"x\">", "&amp;", "&",
    ];

    private static readonly ParserContext Chinese = Context("zh", "zh-tw");
    private static readonly ParserContext Serbian = Context("sr", "sr-ec");

    [Property(MaxTest = 300)]
    public Property Render_HostileConversionMarkup_YieldsNoScriptCapableMarkup()
        => Prop.ForAll(
            Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary(),
            wikitext =>
            {
                foreach (var context in (ParserContext[])[Chinese, Serbian])
                {
                    var html = WikitextRenderer.Render(wikitext, context).Html;
                    var problems = RenderPropertyTests.ScriptCapableMarkup(html).ToList();
                    if (problems.Count > 0)
                    {
                        return false.Label(string.Join("; ", problems) + " in " + html);
                    }
                }

                return true.Label("safe");
            });

    [Property(MaxTest = 200)]
    public Property Render_RandomWikitextInVariants_NeverThrows()
        => Prop.ForAll(HostileWikitext.Arbitrary(), wikitext =>
            WikitextRenderer.Render(wikitext, Chinese).Html.Length > 0 && WikitextRenderer.Render(wikitext, Serbian).Html.Length > 0);

    [Theory]
    [InlineData("-{zh-tw:<span title=\"a;zh-cn:b\">q</span>}-\" onmouseover=\"alert(1)\" x=\"y\" <b>z</b>")]
    [InlineData("-{H|X=>zh-tw:<span title=\"a;zh-cn:b\">q</span>}-X\" onmouseover=\"alert(1)\" <b>z</b>")]
    [InlineData("-{H|b=>zh-tw:<script>;}-b alert(1)")]
    [InlineData("-{H|span=>zh-tw:script;title=>zh-tw:onclick}-<span title=\"x\">y</span>")]
    [InlineData("-{T|zh-tw:<i onclick=\"alert(42)\">t</i><script>alert(43)</script>}-")]
    [InlineData("<span title=\"-{zh-tw:&quot; onmouseover=&quot;alert(1)}-\">x</span>")]
    [InlineData("-{A|zh-cn:a;zh-tw:<img src=x onerror=alert(1)>}-a")]
    [InlineData("-{R|<span title=\"}-\" onmouseover=\"alert(1)\">x</span>")]
    public void Render_RuleInjectionAttempt_IsNeutralized(string wikitext)
    {
        // Act
        var output = WikitextRenderer.Render(wikitext, Chinese);

        // Assert
        Assert.Empty(RenderPropertyTests.ScriptCapableMarkup(output.Html));
        Assert.Empty(RenderPropertyTests.ScriptCapableMarkup(output.DisplayTitle ?? string.Empty));
    }

    private static ParserContext Context(string language, string variant)
    {
        var site = SiteConfiguration.CreateDefault("Wiki", "//wiki.example", language);
        return new ParserContext(new TitleParser(site).Parse("Test")!, site, new MemoryPageSource())
        {
            Options = new ParserOptions { Variant = variant },
        };
    }
}

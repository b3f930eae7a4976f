using AngleSharp.Html.Parser;
using Athenaeum.Wikitext.Rendering.Tidy;
using Athenaeum.Wikitext.Sanitization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Athenaeum.Wikitext.Tests.Sanitization;

/// <summary>
/// Property tests: whatever tag soup page text contains, the sanitizer followed by tidy never throws and
/// never produces an active element, an event handler or a script URL — checked on the DOM a browser
/// (AngleSharp's HTML5 parser) builds from the output.
/// </summary>
public sealed class SanitizerPropertyTests
{
    private static readonly string[] ForbiddenElements =
    [
        "script", "style", "iframe", "object", "embed", "applet", "frame", "frameset", "base", "form", "input", "button",
        "textarea", "select", "img", "a", "svg", "math", "audio", "video", "source", "track", "template",
        "noscript", "xmp", "plaintext", "marquee", "image",
    ];

    /// <summary>
    /// Attributes whose URL a browser loads or follows. MediaWiki lets <c>cite</c> (on blockquote, q, del,
    /// ins) through unchecked: browsers never dereference it, so it is not listed here.
    /// </summary>
    private static readonly string[] UrlAttributes =
    [
        "href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "lowsrc", "dynsrc",
        "longdesc", "usemap", "codebase", "srcset",
    ];

    [Property(Arbitrary = [typeof(HostileMarkup)], MaxTest = 400)]
    public void RemoveHtmlTagsThenTidy_RandomTagSoup_IsInert(TagSoup soup)
    {
        var html = HtmlTidy.Tidy(Sanitizer.RemoveHtmlTags(soup.Text));

        AssertInert(html, soup.Text);
    }

    [Property(Arbitrary = [typeof(HostileMarkup)], MaxTest = 300)]
    public void RemoveSomeTags_RandomTagSoup_IsInert(TagSoup soup)
    {
        var html = Sanitizer.RemoveSomeTags(soup.Text);

        AssertInert(html, soup.Text);
    }

    [Property(Arbitrary = [typeof(HostileMarkup)], MaxTest = 300)]
    public void Tidy_RandomTagSoup_NeverThrows(TagSoup soup)
    {
        var exception = Record.Exception(() => HtmlTidy.Tidy(soup.Text));

        Assert.Null(exception);
    }

    [Property(MaxTest = 300)]
    public void Functions_ArbitraryStrings_NeverThrow(NonNull<string> text)
    {
        var s = text.Get;

        var exception = Record.Exception(() =>
        {
            Sanitizer.RemoveHtmlTags(s);
            Sanitizer.CheckCss(s);
            Sanitizer.NormalizeCharReferences(s);
            Sanitizer.DecodeCharReferences(s);
            Sanitizer.FixTagAttributes(s, "div");
            Sanitizer.EscapeIdForAttribute(s, FragmentMode.Legacy);
            Sanitizer.EscapeIdForLink(s);
            Sanitizer.EscapeClass(s);
            Sanitizer.CleanUrl(s);
            Sanitizer.StripAllTags(s);
            Sanitizer.ArmorFrenchSpaces(s);
            HtmlTidy.Tidy(s);
        });

        Assert.Null(exception);
    }

    [Property(Arbitrary = [typeof(HostileMarkup)], MaxTest = 300)]
    public void CheckCss_HostileStyle_NeverKeepsAUrlOrExpression(CssSoup css)
    {
        var clean = Sanitizer.CheckCss(css.Text).ToLowerInvariant();

        Assert.DoesNotContain("url(", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("expression", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("image(", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", clean.Replace("\\22 ", string.Empty, StringComparison.Ordinal)
            .Replace("\\27 ", string.Empty, StringComparison.Ordinal).Replace("\\5c ", string.Empty, StringComparison.Ordinal)
            .Replace("\\a ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static void AssertInert(string html, string input)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            Assert.True(Array.IndexOf(ForbiddenElements, name) < 0, $"<{name}> from {input}\n-> {html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} on <{name}> from {input}\n-> {html}");
                if (Array.IndexOf(UrlAttributes, attribute.Name) >= 0)
                {
                    AssertSafeUrl(attribute.Value, input, html);
                }

                if (attribute.Name == "style")
                {
                    var style = attribute.Value.ToLowerInvariant();
                    Assert.False(style.Contains("url(", StringComparison.Ordinal) || style.Contains("expression", StringComparison.Ordinal), $"style {attribute.Value} from {input}\n-> {html}");
                }
            }
        }

        // <link> and <meta> are kept only as microdata: itemprop plus href (a checked URL) or content, and
        // data-* attributes, which MediaWiki allows everywhere (never rel, http-equiv or charset).
        foreach (var microdata in document.Body.QuerySelectorAll("link, meta"))
        {
            Assert.NotNull(microdata.GetAttribute("itemprop"));
            Assert.All(microdata.Attributes, a => Assert.True(
                a.Name is "itemprop" or "href" or "title" or "content" || a.Name.StartsWith("data-", StringComparison.Ordinal),
                $"{a.Name} on <{microdata.LocalName}> from {input}\n-> {html}"));
        }
    }

    private static void AssertSafeUrl(string value, string input, string html)
    {
        var compact = new string(value.Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
        Assert.False(
            compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:", StringComparison.Ordinal),
            $"URL {value} from {input}\n-> {html}");
    }

    /// <summary>Markup built from fragments that XSS cheat sheets use.</summary>
    public sealed record TagSoup(string Text)
    {
        /// <inheritdoc/>
        public override string ToString() => Text;
    }

    /// <summary>CSS built from fragments that hide url() and expression().</summary>
    public sealed record CssSoup(string Text)
    {
        /// <inheritdoc/>
        public override string ToString() => Text;
    }

    /// <summary>Generators for <see cref="TagSoup"/> and <see cref="CssSoup"/>.</summary>
    public static class HostileMarkup
    {
        private static readonly string[] Fragments =
        [
            "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "</a>",
            "<svg onload=alert(1)>", "<math><mi xlink:href=\"javascript:x\">", "<iframe src=x>", "<object data=x>",
            "<embed src=x>", "<style>", "</style>", "<link rel=stylesheet href=x>", "<meta http-equiv=refresh content=0>",
            "<base href=x>", "<form action=x>", "<input onfocus=x autofocus>", "<div", "<span", "<b", "<p", "<table", "<td",
            "<li", "<font", "<meta itemprop=x content=y", "<link itemprop=x href=", " style=\"", " style='", " onclick=",
            " onmouseover=\"", " title=\"", " href=\"", " src=", " data-x=", " id=", " class=", "\"", "'", "=", ">", "/>",
            "<", "</div>", "</span>", "</b>", "</td>", "</table>", "javascript:", "vbscript:", "data:text/html,",
            "&#106;avascript:", "&#x6A;", "&amp;#106;", "&lt;script&gt;", "expression(", "url(", "\\75 rl(", "u\\rl(",
            "/**/", "/*", "*/", "&#x75;rl(", "behavior:", "-moz-binding:", "\uFF55\uFF52\uFF4C(", "alert(1)", ")", " ",
            "\n", "\t", "\u0000", "\u007f", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml?>", "<x:script>",
            "<SCRIPT>", "<ScRiPt>", "<scr<script>ipt>", "<body onload=x>", "<html>", "<frameset>", "<template>",
            "<noscript>", "<xmp>", "<plaintext>", "<textarea>", "<select>", "<button>", "<video poster=javascript:x>",
            "<source src=x>", "<blockquote cite=\"javascript:x\">", "<q cite=javascript:x>", "<div itemscope itemtype=\"javascript:x\">",
        ];

        private static readonly string[] CssFragments =
        [
            "url(", "URL(", "u\\rl(", "\\75 rl(", "\\000075rl(", "&#x75;rl(", "&#117;rl(", "expression(", "expres\\sion(",
            "\\65 xpression(", "ex/**/pression(", "image(", "image-set(", "attr(x url)", "x", ":", ";", " ", "/*", "*/",
            "\\", "\"", "'", "(", ")", "javascript:", "&amp;", "\n", "\\\n", "\\0", "\\110000", "\\D800",
        ];

        public static Arbitrary<TagSoup> TagSoup() =>
            Gen.ListOf(Gen.Elements(Fragments)).Select(parts => new TagSoup(string.Concat(parts))).ToArbitrary();

        public static Arbitrary<CssSoup> CssSoup() =>
            Gen.ListOf(Gen.Elements(CssFragments)).Select(parts => new CssSoup(string.Concat(parts))).ToArbitrary();
    }
}

using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Athenaeum.Wikitext.Tests.Robustness;

/// <summary>
/// Properties of the renderer on random and hostile wikitext: it never throws, it finishes quickly, and
/// its HTML never holds an element or attribute that can run script.
/// </summary>
public sealed class RenderPropertyTests
{
    private static readonly SiteConfiguration Site = SiteConfiguration.CreateDefault();
    private static readonly ParserContext Context = new(new Athenaeum.Wikitext.Titles.TitleParser(Site).Parse("Test")!, Site, new MemoryPageSource());

    [Property(MaxTest = 300)]
    public Property Render_RandomWikitext_NeverThrowsAndStaysFast()
        => Prop.ForAll(HostileWikitext.Arbitrary(), wikitext =>
        {
            var watch = Stopwatch.StartNew();
            var output = WikitextRenderer.Render(wikitext, Context);
            return output.Html.StartsWith("<div class=\"mw-parser-output\">", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromSeconds(5);
        });

    [Property(MaxTest = 300)]
    public Property Render_HostileWikitext_YieldsNoScriptCapableMarkup()
        => Prop.ForAll(HostileWikitext.Arbitrary(), wikitext =>
        {
            var html = WikitextRenderer.Render(wikitext, Context).Html;
            var problems = ScriptCapableMarkup(html).ToList();
            return problems.Count == 0 ? true.Label("safe") : false.Label(string.Join("; ", problems) + " in " + html);
        });

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<div onclick=\"alert(1)\">x</div>")]
    [InlineData("[javascript:alert(1) click]")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>")]
    [InlineData("<span style=\"width: expression(alert(1))\">x</span>")]
    [InlineData("{| onmouseover=alert(1)\n|x\n|}")]
    [InlineData("[[File:X.jpg|link=javascript:alert(1)]]")]
    [InlineData("<svg onload=alert(1)><iframe src=x></iframe>")]
    public void Render_KnownInjection_IsNeutralized(string wikitext)
    {
        // Act
        var html = WikitextRenderer.Render(wikitext, Context).Html;

        // Assert
        Assert.Empty(ScriptCapableMarkup(html));
    }

    /// <summary>Lists what in the HTML could run script: script-like elements, event handlers, script URLs, CSS expressions.</summary>
    internal static IEnumerable<string> ScriptCapableMarkup(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (element.LocalName is "script" or "iframe" or "object" or "embed" or "svg" or "math" or "base" or "form" or "style" or "link" or "meta" && !IsAllowedMeta(element) && !IsTemplateStylesOutput(element))
            {
                yield return "<" + element.LocalName + ">";
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                var value = attribute.Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return name + "=";
                }
                else if (name is "href" or "src" or "action" or "formaction" or "data" or "xlink:href" && (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal)))
                {
                    yield return name + "=" + attribute.Value;
                }
                else if (name == "style" && (value.Contains("expression(", StringComparison.Ordinal) || value.Contains("url(", StringComparison.Ordinal) || value.Contains("javascript:", StringComparison.Ordinal)))
                {
                    yield return "style=" + attribute.Value;
                }
            }
        }
    }

    // TemplateStyles emits its sanitized sheet as <style data-mw-deduplicate="TemplateStyles:…"> and a repeat
    // as <link rel="mw-deduplicated-inline-style" href="mw-data:…">; a sheet still holding a script-capable
    // construct is a finding.
    private static bool IsTemplateStylesOutput(IElement element)
    {
        if (element.LocalName == "link")
        {
            return element.GetAttribute("rel") == "mw-deduplicated-inline-style"
                && element.GetAttribute("href")?.StartsWith("mw-data:TemplateStyles:", StringComparison.Ordinal) == true
                && element.Attributes.Length == 2;
        }

        if (element.LocalName != "style" || element.GetAttribute("data-mw-deduplicate")?.StartsWith("TemplateStyles:", StringComparison.Ordinal) != true)
        {
            return false;
        }

        var css = element.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return !css.Contains("expression(", StringComparison.Ordinal) && !css.Contains("javascript:", StringComparison.Ordinal)
            && !css.Contains("@import", StringComparison.Ordinal) && !css.Contains("behavior:", StringComparison.Ordinal);
    }

    // MediaWiki keeps <meta>/<link> only as microdata (itemprop), which cannot run script.
    private static bool IsAllowedMeta(IElement element)
        => element.LocalName is "meta" or "link" && element.HasAttribute("itemprop") && !element.HasAttribute("http-equiv");
}

using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.Helpers;

namespace Athenaeum.Wikitext.Tests.Extensions.TemplateStyles;

public sealed class TemplateStylesTagTests
{
    private static ParserOutput Render(string wikitext, string sheet, string model = "sanitized-css")
    {
        var site = SiteConfiguration.CreateDefault();
        var pages = new InMemoryPageSource(site);
        pages.Add("Template:X/styles.css", sheet, model);
        var context = new ParserContext(new Wikitext.Titles.TitleParser(site).Parse("Scratch")!, site, pages);
        return WikitextRenderer.Render(wikitext, context);
    }

    [Fact]
    public void Render_SheetSpellingEndTag_OutputsNoCss()
    {
        // Act
        var output = Render("<templatestyles src=\"X/styles.css\" />", ".a{content:\"\\3c/style\\3e<script>alert(1)</script>\"}");

        // Assert
        Assert.DoesNotContain("<script", output.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Fatal error, no CSS will be output", output.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sheet_RegistersItAsTemplate()
    {
        // Act
        var output = Render("<templatestyles src=\"X/styles.css\" />", ".a{color:red}");

        // Assert
        Assert.Contains(output.Templates, t => t.PrefixedText == "Template:X/styles.css");
        Assert.Contains("<style data-mw-deduplicate=\"TemplateStyles:r1\">.mw-parser-output .a{color:red}</style>", output.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingSheet_AddsErrorCategory()
    {
        // Act
        var output = Render("<templatestyles src=\"Nope.css\" />", ".a{color:red}");

        // Assert
        Assert.Contains(output.Categories, c => c.Name == "Pages with TemplateStyles errors");
    }

    [Fact]
    public void Render_LessThanInSheet_IsEscapedForTheStyleElement()
    {
        // Act: "<" can only appear in a string; the element gets the CSS escape instead.
        var output = Render("<templatestyles src=\"X/styles.css\" />", ".a::before{content:\"a<b\"}");

        // Assert
        Assert.Contains("content:\"a\\3C b\"", output.Html, StringComparison.Ordinal);
    }
}

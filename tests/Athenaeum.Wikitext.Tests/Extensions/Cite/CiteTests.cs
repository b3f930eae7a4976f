using Athenaeum.Wikitext.Extensions.Cite;
using Athenaeum.Wikitext.Extensions.CoreTags;
using Athenaeum.Wikitext.Tests.Extensions.Common;

namespace Athenaeum.Wikitext.Tests.Extensions.Cite;

public sealed class CiteTests
{
    [Fact]
    public void Render_RefError_AddsTrackingCategory()
    {
        // Act
        var output = ExtensionRender.Render("A<ref />");

        // Assert
        Assert.Contains(output.Categories, c => c.Name == "Pages with reference errors");
    }

    [Fact]
    public void Render_ValidRefs_AddsNoCategory()
    {
        // Act
        var output = ExtensionRender.Render("A<ref name=\"a\">x</ref><ref name=\"a\" />");

        // Assert
        Assert.Empty(output.Categories);
    }

    [Fact]
    public void Render_TrackingCategoryMessagePage_NamesTheCategory()
    {
        // Arrange
        var pages = ExtensionRender.Pages(("MediaWiki:Cite-tracking-category-cite-error", "Broken footnotes"));

        // Act
        var output = ExtensionRender.Render("A<ref />", pages);

        // Assert
        Assert.Equal("Broken footnotes", Assert.Single(output.Categories).Name);
    }

    [Fact]
    public void Render_GroupLabelMessagePage_LabelsMarkersAndReportsWhenTheyRunOut()
    {
        // Arrange
        var pages = ExtensionRender.Pages(("MediaWiki:Cite link label group-lower-alpha", "a b"));

        // Act
        var output = ExtensionRender.Render("<ref group=\"lower-alpha\">1</ref><ref group=\"lower-alpha\">2</ref><ref group=\"lower-alpha\">3</ref><references group=\"lower-alpha\"/>", pages);

        // Assert: as in Cite, the error becomes the label and is escaped like any label.
        Assert.Contains("&#91;a&#93;</a></sup>", output.Html, StringComparison.Ordinal);
        Assert.Contains("&#91;b&#93;</a></sup>", output.Html, StringComparison.Ordinal);
        Assert.Contains("&#91;&lt;span class=&quot;error mw-ext-cite-error&quot;", output.Html, StringComparison.Ordinal);
        Assert.Contains("Ran out of custom link labels for group &quot;lower-alpha&quot;", output.Html, StringComparison.Ordinal);
        Assert.Contains(output.Categories, c => c.Name == "Pages with reference errors");
    }

    [Fact]
    public void Render_GroupWithoutLabelPage_PrefixesTheGroupName()
    {
        // Act
        var html = ExtensionRender.Render("<ref group=\"upper-roman\">1</ref><references group=\"upper-roman\"/>").Html;

        // Assert
        Assert.Contains("&#91;upper-roman 1&#93;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ResponsiveReferencesOff_PrintsTheBareList()
    {
        // Arrange
        var pipeline = new WikitextPipelineBuilder().UseCoreTags().UseCite(new CiteOptions { ResponsiveReferences = false }).Build();

        // Act
        var html = ExtensionRender.Render("A<ref>x</ref>\n<references />", pipeline: pipeline).Html;

        // Assert
        Assert.DoesNotContain("mw-references-wrap", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"references\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ResponsiveAttributeOnWhenOptionOff_WrapsTheList()
    {
        // Arrange
        var pipeline = new WikitextPipelineBuilder().UseCoreTags().UseCite(new CiteOptions { ResponsiveReferences = false }).Build();

        // Act
        var html = ExtensionRender.Render("A<ref>x</ref>\n<references responsive />", pipeline: pipeline).Html;

        // Assert
        Assert.Contains("<div class=\"mw-references-wrap\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RefsInTwoRenders_NumberEachPageFromOne()
    {
        // Act
        ExtensionRender.Render("A<ref>x</ref><ref>y</ref>");
        var html = ExtensionRender.Render("B<ref>z</ref>").Html;

        // Assert
        Assert.Contains("id=\"cite&#95;ref-1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cite&#95;ref-3", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileRefName_CannotBreakOutOfTheAttribute()
    {
        // Act
        var html = ExtensionRender.Render("A<ref name='\"><script>alert(1)</script>'>x</ref>").Html;

        // Assert
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}

using Athenaeum.Wikitext.Rendering.PlainText;

namespace Athenaeum.Wikitext.Tests.Rendering;

public sealed class PlainTextRendererTests
{
    [Fact]
    public void ToPlainText_RenderedPage_DropsTocEditLinksReferencesAndHiddenText()
    {
        // Arrange
        const string Html = "<div class=\"mw-parser-output\"><div id=\"toc\" class=\"toc\">Contents 1 A</div>"
            + "<h2><span class=\"mw-headline\" id=\"A\">A</span><span class=\"mw-editsection\">[edit]</span></h2>"
            + "<p>Alpha<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup> beta <span style=\"display: none\">hidden</span></p>"
            + "<style>.x{}</style><ul><li>one</li><li>two</li></ul></div>";

        // Act
        var text = PlainTextRenderer.ToPlainText(Html);

        // Assert
        Assert.Equal("A\nAlpha beta\none\ntwo", text);
    }

    [Fact]
    public void LeadParagraph_PageWithInfoboxAndSections_ReturnsFirstTopLevelParagraph()
    {
        // Arrange
        const string Html = "<div class=\"mw-parser-output\"><table class=\"infobox\"><tr><td><p>In box</p></td></tr></table>"
            + "<p>\n</p><p><b>Accra</b> is the capital.</p><p>Second.</p><h2>History</h2><p>Later.</p></div>";

        // Act
        var lead = PlainTextRenderer.LeadParagraph(Html);

        // Assert
        Assert.Equal("Accra is the capital.", lead);
    }

    [Fact]
    public void LeadParagraph_NoParagraphBeforeFirstHeading_ReturnsEmpty()
    {
        // Act
        var lead = PlainTextRenderer.LeadParagraph("<h2>Only</h2><p>After</p>");

        // Assert
        Assert.Equal(string.Empty, lead);
    }
}

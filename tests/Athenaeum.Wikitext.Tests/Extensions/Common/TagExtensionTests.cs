namespace Athenaeum.Wikitext.Tests.Extensions.Common;

public sealed class TagExtensionTests
{
    [Fact]
    public void Render_Indicator_SetsParsedIndicatorWithoutParagraph()
    {
        // Act
        var output = ExtensionRender.Render("A<indicator name=\" n1 \">[[Foo|''bar'']]</indicator>B<indicator name=\"two\">x\n\ny</indicator>");

        // Assert
        Assert.Equal("<a href=\"/index.php?title=Foo&amp;action=edit&amp;redlink=1\" class=\"new\" title=\"Foo (page does not exist)\"><i>bar</i></a>", output.Indicators["n1"]);
        Assert.Equal("<p>x\n</p><p>y\n</p>", output.Indicators["two"]);
        Assert.DoesNotContain("indicator", output.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SourceTag_AddsDeprecationCategory()
    {
        // Act
        var output = ExtensionRender.Render("<source lang=\"c\">int x;</source>");

        // Assert
        Assert.Contains(output.Categories, c => c.Name == "Pages using deprecated source tags");
        Assert.DoesNotContain(output.Categories, c => c.Name == "Pages with syntax highlighting errors");
    }

    [Fact]
    public void Render_UnknownLanguage_AddsErrorCategory()
    {
        // Act
        var output = ExtensionRender.Render("<syntaxhighlight lang=\"klingon\">x</syntaxhighlight>");

        // Assert
        Assert.Contains(output.Categories, c => c.Name == "Pages with syntax highlighting errors");
    }

    [Fact]
    public void Render_HostileCodeAndTex_StaysEscaped()
    {
        // Act
        var html = ExtensionRender.Render("<syntaxhighlight lang=\"html\"></pre><script>alert(1)</script></syntaxhighlight><math></span><script>alert(2)</script></math><poem><script>alert(3)</script></poem>").Html;

        // Assert
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_GalleryWithFiles_RegistersFilesAndBrokenFileCategory()
    {
        // Act
        var output = ExtensionRender.Render("<gallery>\nFile:A b.jpg|x|link=Target page\nCategory:C\n</gallery>");

        // Assert
        Assert.Contains("A_b.jpg", output.Images);
        Assert.DoesNotContain("C", output.Images);
        Assert.Contains(output.Links, l => l.Text == "Target page");
        Assert.Contains(output.Categories, c => c.Name == "Pages with broken file links");
    }
}

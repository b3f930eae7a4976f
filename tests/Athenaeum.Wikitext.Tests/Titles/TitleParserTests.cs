using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.Titles;

public sealed class TitleParserTests
{
    private static readonly TitleParser Parser = new(SiteConfiguration.CreateDefault());

    [Theory]
    [InlineData("foo bar", 0, "Foo bar")]
    [InlineData("foo_bar", 0, "Foo bar")]
    [InlineData("  foo   bar  ", 0, "Foo bar")]
    [InlineData("template:infobox_film", 10, "Infobox film")]
    [InlineData("Image:X.jpg", 6, "X.jpg")]
    [InlineData(":Category:Films", 14, "Films")]
    [InlineData("Module:Citation/CS1", 828, "Citation/CS1")]
    [InlineData("Notanamespace:Foo", 0, "Notanamespace:Foo")]
    public void Parse_ValidTitle_NormalizesNamespaceAndCase(string input, int ns, string text)
    {
        var title = Parser.Parse(input);

        Assert.NotNull(title);
        Assert.Equal(ns, title.Namespace);
        Assert.Equal(text, title.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a[b")]
    [InlineData("a|b")]
    [InlineData("a{b}")]
    [InlineData("../x")]
    [InlineData("Template::X")]
    [InlineData("a%41b")]
    public void Parse_InvalidTitle_ReturnsNull(string input)
    {
        Assert.Null(Parser.Parse(input));
    }

    [Fact]
    public void Parse_DefaultNamespace_AppliesWhenNoPrefix()
    {
        var title = Parser.Parse("cite web", StandardNamespaces.Template);

        Assert.Equal("Template:Cite web", title?.PrefixedText);
    }

    [Fact]
    public void Parse_Fragment_IsSplitOff()
    {
        var title = Parser.Parse("Leaving Las Vegas#Reception");

        Assert.Equal("Leaving Las Vegas", title?.Text);
        Assert.Equal("Reception", title?.Fragment);
    }

    [Fact]
    public void Parse_LocalizedNamespace_UsesLocalNameAndAcceptsCanonical()
    {
        var site = new SiteConfiguration("Wikipedia", "//fat.wikipedia.org", "fat",
            [new NamespaceInfo(10, "Nhwɛdo", string.Empty, [])], []);
        var parser = new TitleParser(site);

        Assert.Equal("Nhwɛdo:Foo", parser.Parse("Template:foo")?.PrefixedText);
        Assert.Equal("Nhwɛdo:Foo", parser.Parse("nhwɛdo:foo")?.PrefixedText);
    }
}

using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.TestSupport;

namespace Athenaeum.Wikitext.Tests.Rendering;

public sealed class WikitextRendererTests
{
    private static readonly SiteConfiguration Site = new(
        "Wikipedia",
        "//en.wikipedia.org",
        "en",
        StandardNamespaces.All,
        [new InterwikiEntry("de", "https://de.wikipedia.org/wiki/$1", IsLanguageLink: true), new InterwikiEntry("wikt", "https://en.wiktionary.org/wiki/$1", IsLanguageLink: false)]);

    private static ParserOutput Render(string wikitext, string title = "Test page", params (string, string)[] pages)
    {
        var titles = new Athenaeum.Wikitext.Titles.TitleParser(Site);
        var source = new MemoryPageSource();
        foreach (var (pageTitle, text) in pages)
        {
            source.Add(titles.Parse(pageTitle)!, text);
        }

        var context = new ParserContext(titles.Parse(title)!, Site, source);
        return WikitextRenderer.Render(wikitext, context);
    }

    [Fact]
    public void Render_Paragraph_WrapsInParserOutputDiv()
    {
        // Act
        var output = Render("Hello ''world''");

        // Assert
        Assert.Equal("<div class=\"mw-parser-output\"><p>Hello <i>world</i>\n</p></div>", output.Html);
    }

    [Fact]
    public void Render_DefaultOptions_IsbnRfcPmidStayPlainText()
    {
        // Act: MediaWiki 1.39's defaults ($wgEnableMagicLinks all false), as the oracle wikis show.
        var output = Render("ISBN 978-0-306-76106-5, RFC 2616 and PMID 12345");

        // Assert
        Assert.Equal("<div class=\"mw-parser-output\"><p>ISBN 978-0-306-76106-5, RFC 2616 and PMID 12345\n</p></div>", output.Html);
    }

    [Fact]
    public void Render_Categories_AreRemovedFromTextAndListedWithSortKeys()
    {
        // Act
        var output = Render("Text [[Category:Foo]]\n[[Category:Bar baz|Key]]");

        // Assert
        Assert.DoesNotContain("Category", output.Html, StringComparison.Ordinal);
        Assert.Equal([new CategoryLink("Foo", string.Empty), new CategoryLink("Bar baz", "Key")], output.Categories);
    }

    [Fact]
    public void Render_LanguageLink_IsRemovedAndListedButInterwikiStaysALink()
    {
        // Act
        var output = Render("[[de:Berlin]] [[wikt:word]]");

        // Assert
        Assert.Equal(["de:Berlin"], output.LanguageLinks);
        Assert.Contains("href=\"https://en.wiktionary.org/wiki/word\" class=\"extiw\"", output.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Links_AreBlueOrRedByExistenceAndRecorded()
    {
        // Act
        var output = Render("[[Existing]] [[Missing|text]]s", pages: ("Existing", "x"));

        // Assert
        Assert.Contains("<a href=\"/wiki/Existing\" title=\"Existing\">Existing</a>", output.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/index.php?title=Missing&amp;action=edit&amp;redlink=1\" class=\"new\" title=\"Missing (page does not exist)\">texts</a>", output.Html, StringComparison.Ordinal);
        Assert.Equal(["Existing", "Missing"], output.Links.Select(l => l.PrefixedText).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_SelfLink_HasNoHref()
    {
        // Act
        var output = Render("[[Test page]]");

        // Assert
        Assert.Contains("<a class=\"mw-selflink selflink\">Test page</a>", output.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FourHeadings_BuildTocAndSections()
    {
        // Act
        var output = Render("==A==\n===B===\n==C==\n==C==\ntext");

        // Assert
        Assert.Contains("<div id=\"toc\" class=\"toc\"", output.Html, StringComparison.Ordinal);
        Assert.Equal(["A", "B", "C", "C_2"], output.Sections.Select(s => s.Anchor));
        Assert.Equal(["1", "1.1", "2", "3"], output.Sections.Select(s => s.Number));
        Assert.Equal(["1", "2", "3", "4"], output.Sections.Select(s => s.Index));
        Assert.DoesNotContain("mw-editsection", output.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoToc_SuppressesTocAndSetsProperty()
    {
        // Act
        var output = Render("__NOTOC__\n==A==\n==B==\n==C==\n==D==");

        // Assert
        Assert.DoesNotContain("id=\"toc\"", output.Html, StringComparison.Ordinal);
        Assert.True(output.Properties.ContainsKey("notoc"));
        Assert.Equal(4, output.Sections.Count);
    }

    [Fact]
    public void Render_ExternalLinks_AreNofollowAndRecorded()
    {
        // Act
        var output = Render("[http://example.com/a Example] [http://example.com/b] http://example.com/c.");

        // Assert
        Assert.Contains("<a rel=\"nofollow\" class=\"external text\" href=\"http://example.com/a\">Example</a>", output.Html, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"nofollow\" class=\"external autonumber\" href=\"http://example.com/b\">[1]</a>", output.Html, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"nofollow\" class=\"external free\" href=\"http://example.com/c\">http://example.com/c</a>.", output.Html, StringComparison.Ordinal);
        Assert.Equal(["http://example.com/a", "http://example.com/b", "http://example.com/c"], output.ExternalLinks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_MissingImageThumb_KeepsFrameAndCaption()
    {
        // Act
        var output = Render("[[File:Example.jpg|thumb|A caption]]");

        // Assert
        Assert.Contains("<div class=\"thumb tright\"><div class=\"thumbinner\" style=\"width:182px;\"><a href=\"/wiki/File:Example.jpg\" title=\"File:Example.jpg\">File:Example.jpg</a>  <div class=\"thumbcaption\">A caption</div></div></div>", output.Html, StringComparison.Ordinal);
        Assert.Contains("Example.jpg", output.Images);
        Assert.Contains(output.Categories, c => c.Name == "Pages with broken file links");
    }

    [Theory]
    [InlineData("* a\n* b", "<ul><li>a</li>\n<li>b</li></ul>")]
    [InlineData("# a\n## b", "<ol><li>a\n<ol><li>b</li></ol></li></ol>")]
    [InlineData("; term : definition", "<dl><dt>term</dt>\n<dd>definition</dd></dl>")]
    [InlineData(" preformatted", "<pre>preformatted\n</pre>")]
    [InlineData("----", "<hr />")]
    [InlineData("'''bold''' and '''''both'''''", "<p><b>bold</b> and <i><b>both</b></i>\n</p>")]
    public void Render_BlockAndInlineSyntax_MatchesMediaWiki(string wikitext, string body)
    {
        // Act
        var output = Render(wikitext);

        // Assert
        Assert.Equal("<div class=\"mw-parser-output\">" + body + "</div>", output.Html);
    }
}

using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.TestSupport;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.Site;

public sealed class WikimediaInterwikiMapTests
{
    private static readonly SiteConfiguration Site = new("Wikipedia", "//en.wikipedia.org", "en", StandardNamespaces.All, WikimediaInterwikiMap.Create("en"));

    private static string RenderHtml(string wikitext)
    {
        var titles = new TitleParser(Site);
        var context = new ParserContext(titles.Parse("Iw test")!, Site, new MemoryPageSource());
        return WikitextRenderer.Render(wikitext, context).Html;
    }

    [Fact]
    public void Render_DoiLink_IsAnExternalInterwikiLinkAsMediaWikiRendersIt()
    {
        // Act
        var html = RenderHtml("[[doi:10.1000/182]]");

        // Assert: the HTML of MediaWiki 1.39 (the oracle of ../shared/tools, default interwiki.list).
        Assert.Equal(
            "<div class=\"mw-parser-output\"><p><a href=\"https://dx.doi.org/10.1000/182\" class=\"extiw\" title=\"doi:10.1000/182\">doi:10.1000/182</a>\n</p></div>",
            html);
    }

    [Fact]
    public void Render_DefaultAndWikimediaPrefixes_MatchTheOracle()
    {
        // Arrange: MediaWiki's default prefixes, Wikimedia's additions, and a prefix in another case.
        const string Wikitext = "[[doi:10.1000/182]] [[pmid:123]] [[rfc:2616|RFC]] [[wiki:FrontPage]] [[metawiki:Foo]] [[wikimedia:Bar]] [[google:x y]] [[arxiv:1234.5678]] [[incubator:Wp/x]] [[mail:wikitech-l]] [[translatewiki:Main]] [[wikisource:Xy]] [[Doi:10.1/X]]";

        // Act
        var html = RenderHtml(Wikitext);

        // Assert: the oracle's HTML for the same line.
        Assert.Equal(
            "<div class=\"mw-parser-output\"><p>"
            + "<a href=\"https://dx.doi.org/10.1000/182\" class=\"extiw\" title=\"doi:10.1000/182\">doi:10.1000/182</a> "
            + "<a href=\"https://www.ncbi.nlm.nih.gov/pubmed/123?dopt=Abstract\" class=\"extiw\" title=\"pmid:123\">pmid:123</a> "
            + "<a href=\"https://tools.ietf.org/html/rfc2616\" class=\"extiw\" title=\"rfc:2616\">RFC</a> "
            + "<a href=\"http://c2.com/cgi/wiki?FrontPage\" class=\"extiw\" title=\"wiki:FrontPage\">wiki:FrontPage</a> "
            + "<a href=\"https://meta.wikimedia.org/wiki/Foo\" class=\"extiw\" title=\"metawiki:Foo\">metawiki:Foo</a> "
            + "<a href=\"https://foundation.wikimedia.org/wiki/Bar\" class=\"extiw\" title=\"wikimedia:Bar\">wikimedia:Bar</a> "
            + "<a href=\"https://www.google.com/search?q=x_y\" class=\"extiw\" title=\"google:x y\">google:x y</a> "
            + "<a href=\"https://www.arxiv.org/abs/1234.5678\" class=\"extiw\" title=\"arxiv:1234.5678\">arxiv:1234.5678</a> "
            + "<a href=\"https://incubator.wikimedia.org/wiki/Wp/x\" class=\"extiw\" title=\"incubator:Wp/x\">incubator:Wp/x</a> "
            + "<a href=\"https://lists.wikimedia.org/mailman/listinfo/wikitech-l\" class=\"extiw\" title=\"mail:wikitech-l\">mail:wikitech-l</a> "
            + "<a href=\"https://translatewiki.net/wiki/Main\" class=\"extiw\" title=\"translatewiki:Main\">translatewiki:Main</a> "
            + "<a href=\"https://en.wikisource.org/wiki/Xy\" class=\"extiw\" title=\"wikisource:Xy\">wikisource:Xy</a> "
            + "<a href=\"https://dx.doi.org/10.1/X\" class=\"extiw\" title=\"doi:10.1/X\">Doi:10.1/X</a>"
            + "\n</p></div>",
            html);
    }

    [Fact]
    public void Create_EveryMediaWikiDefaultPrefix_IsInTheMapOnce()
    {
        // Act
        var entries = WikimediaInterwikiMap.Create("fat");

        // Assert
        Assert.Equal(entries.Count, entries.Select(e => e.Prefix).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(new InterwikiEntry("doi", "https://dx.doi.org/$1", IsLanguageLink: false), entries);
        Assert.Contains(new InterwikiEntry("wikt", "https://fat.wiktionary.org/wiki/$1", IsLanguageLink: false, IsLocal: true), entries);
        Assert.All(new[] { "pmid", "rfc", "arxiv", "oeis", "google", "imdb", "mail", "incubator" }, prefix => Assert.Contains(entries, e => string.Equals(e.Prefix, prefix, StringComparison.Ordinal)));
    }
}

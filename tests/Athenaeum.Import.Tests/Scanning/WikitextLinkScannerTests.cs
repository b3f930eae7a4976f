using Athenaeum.Import.Scanning;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Import.Tests.Scanning;

public sealed class WikitextLinkScannerTests
{
    private static readonly WikitextLinkScanner Scanner = new(new TitleParser(
        new SiteConfiguration("Wikipedia", "//en.wikipedia.org", "en", StandardNamespaces.All, WikimediaInterwikiMap.Create("en"))));

    [Theory]
    [InlineData("[[Foo]]", "0:Foo")]
    [InlineData("[[foo bar|label]]", "0:Foo bar")]
    [InlineData("[[Foo_bar#History|x]]", "0:Foo bar")]
    [InlineData("[[:Category:Films]]", "14:Films")]
    [InlineData("[[:File:Poster.jpg]]", "6:Poster.jpg")]
    [InlineData("[[Template:Infobox film]]", "10:Infobox film")]
    [InlineData("#REDIRECT [[Target page]]", "0:Target page")]
    [InlineData("[[Foo]] [[foo]] [[Foo|again]]", "0:Foo")]
    [InlineData("[[Foo%20Bar]]", "0:Foo Bar")]
    [InlineData("[[Caf&eacute;]]", "0:Café")]
    [InlineData("[[de:Berlin]] [[wikt:word]] [[:fr:Paris]] [[Special:RecentChanges]] [[#Section]]", "")]
    [InlineData("[[http://example.com]] [[{{PAGENAME}}]] [[Foo", "")]
    [InlineData("<nowiki>[[Hidden]]</nowiki> <!-- [[Comment]] --> <pre>[[Pre]]</pre> <math>[[x]]</math>", "")]
    [InlineData("<NOWIKI>[[Hidden]]</NOWIKI>[[Shown]]", "0:Shown")]
    [InlineData("<nowiki/>[[Shown]]<!-- unclosed [[Gone]]", "0:Shown")]
    [InlineData("<includeonly>[[Only when included]]</includeonly><noinclude>[[Shown]]</noinclude>", "0:Shown")]
    [InlineData("[[File:X.jpg|thumb|A [[Caption link]] here]]", "0:Caption link")]
    public void Scan_Wikitext_FindsPageLinks(string text, string expected)
    {
        // Act
        var links = Scanner.Scan(text);

        // Assert
        Assert.Equal(expected, string.Join(" ", links.Links.Select(l => $"{l.Namespace}:{l.Title}")));
    }

    [Theory]
    [InlineData("{{Infobox film|name=x}}", "10:Infobox film")]
    [InlineData("{{infobox_film\n| name = x}}", "10:Infobox film")]
    [InlineData("{{:Main Page}}", "0:Main Page")]
    [InlineData("{{Project:Manual of Style}}", "4:Manual of Style")]
    [InlineData("{{#invoke:Citation/CS1|citation}}", "828:Citation/CS1")]
    [InlineData("{{#invoke: arguments |main}}", "828:Arguments")]
    [InlineData("{{#if:x|y}} {{PAGENAME}} {{lc:FOO}} {{DISPLAYTITLE:x}} {{!}} {{NAMESPACE:Foo}} {{#tag:ref|x}}", "")]
    [InlineData("{{pagename}}", "10:Pagename")]
    [InlineData("{{subst:Foo}} {{msgnw:Bar}} {{safesubst:Baz}}", "10:Foo 10:Bar 10:Baz")]
    [InlineData("{{{1|{{Default}}}}}", "10:Default")]
    [InlineData("{{ {{{type}}} box}} {{Foo", "")]
    [InlineData("{{Outer|a={{Inner}}|[[Link]]}}", "10:Outer 10:Inner")]
    [InlineData("<templatestyles src=\"Infobox/styles.css\" />", "10:Infobox/styles.css")]
    [InlineData("<pre>{{Hidden}}</pre><syntaxhighlight lang=\"lua\">{{Hidden}}</syntaxhighlight>", "")]
    [InlineData("{{de:Vorlage}}", "")]
    public void Scan_Wikitext_FindsTransclusions(string text, string expected)
    {
        // Act
        var links = Scanner.Scan(text);

        // Assert
        Assert.Equal(expected, string.Join(" ", links.Templates.Select(l => $"{l.Namespace}:{l.Title}")));
    }

    [Theory]
    [InlineData("[[Category:Films]]", "Films=")]
    [InlineData("[[Category:Films|Leaving]]", "Films=Leaving")]
    [InlineData("[[Category:Films| ]]", "Films= ")]
    [InlineData("[[category:films_of_1995]]", "Films of 1995=")]
    [InlineData("{{DEFAULTSORT:Cage, Nicolas}}[[Category:Actors]][[Category:Films|F]]", "Actors=Cage, Nicolas Films=F")]
    [InlineData("[[Category:Films]]{{DEFAULTSORT:Later}}", "Films=Later")]
    [InlineData("[[Category:Films|First]][[Category:Films|Second]]", "Films=Second")]
    [InlineData("[[Category:A&amp;B|x&amp;y]]", "A&B=x&y")]
    public void Scan_Categories_CarrySortKeys(string text, string expected)
    {
        // Act
        var links = Scanner.Scan(text);

        // Assert
        Assert.Equal(expected, string.Join(" ", links.Categories.Select(c => $"{c.Category}={c.SortKeyPrefix}")));
        Assert.Empty(links.Links);
    }

    [Theory]
    [InlineData("[[File:Poster.jpg|thumb]]", "Poster.jpg")]
    [InlineData("[[Image:old name.png]] [[Media:Sound.ogg]]", "Old name.png Sound.ogg")]
    [InlineData("<gallery>\nFile:A.jpg|caption [[Link]]\nB.png\n\nImage:C.gif\n</gallery>", "A.jpg B.png C.gif")]
    [InlineData("<imagemap>\nImage:Map.png|300px\nrect 0 0 10 10 [[Place]]\n</imagemap>", "Map.png")]
    public void Scan_Files_AreImagesNotLinks(string text, string expected)
    {
        // Act
        var links = Scanner.Scan(text);

        // Assert
        Assert.Equal(expected, string.Join(" ", links.Images));
        Assert.DoesNotContain(links.Links, l => l.Namespace == StandardNamespaces.File);
    }

    [Fact]
    public void Scan_LuaModule_RecordsLoadedModules()
    {
        // Arrange
        const string Lua = """
            local getArgs = require('Module:Arguments').getArgs
            local cfg = mw.loadData("Module:Citation/CS1/Configuration")
            local yesno = require "Module:Yesno"
            -- [[Not a link]] {{Not a template}}
            """;

        // Act
        var links = Scanner.Scan(Lua, "Scribunto");

        // Assert
        Assert.Equal(["Arguments", "Citation/CS1/Configuration", "Yesno"], links.Templates.Select(t => t.Title));
        Assert.Empty(links.Links);
    }

    [Theory]
    [InlineData("css")]
    [InlineData("json")]
    [InlineData("javascript")]
    public void Scan_OtherContentModels_FindNothing(string model)
    {
        // Act
        var links = Scanner.Scan("[[Foo]] {{Bar}}", model);

        // Assert
        Assert.Same(PageLinks.Empty, links);
    }

    [Theory]
    [InlineData("User:Bob", "[[/Sandbox]]", "2:Bob/Sandbox")]
    [InlineData("User:Bob/Drafts", "[[../Notes/]]", "2:Bob/Notes")]
    [InlineData("Bob", "[[/Sandbox]]", "0:/Sandbox")]
    public void Scan_RelativeLink_ResolvesAgainstPageInSubpageNamespaces(string page, string text, string expected)
    {
        // Arrange
        var title = new TitleParser(SiteConfiguration.CreateDefault()).Parse(page);

        // Act
        var links = Scanner.Scan(text, "wikitext", title);

        // Assert
        Assert.Equal(expected, string.Join(" ", links.Links.Select(l => $"{l.Namespace}:{l.Title}")));
    }

    [Fact]
    public void Scan_RandomMarkup_NeverThrows()
    {
        // Arrange
        string[] tokens = ["[[", "]]", "{{", "}}", "{{{", "}}}", "|", ":", "#", "Category:", "File:", "<nowiki>", "</nowiki>", "<!--", "-->",
            "<gallery>", "</gallery>", "<pre>", "\n", " ", "a", "Foo", "&amp;", "%", "%4", "/", "../", "#invoke:", "DEFAULTSORT:", "<", ">", "<templatestyles src=", "\"", "de:"];
        var random = new Random(1234);
        var page = new TitleParser(SiteConfiguration.CreateDefault()).Parse("User:Fuzz/Sub");

        // Act
        var scanned = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => tokens[random.Next(tokens.Length)]));
            Scanner.Scan(text, "wikitext", page);
            scanned++;
        }

        // Assert
        Assert.Equal(3000, scanned);
    }

    [Fact]
    public void Scan_HugeNumberOfLinks_IsCappedPerKind()
    {
        // Arrange
        var text = string.Concat(Enumerable.Range(0, ScannedLinks.MaxPerKind + 500).Select(i => "[[P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]]"));

        // Act
        var links = Scanner.Scan(text);

        // Assert
        Assert.Equal(ScannedLinks.MaxPerKind, links.Links.Count);
    }
}

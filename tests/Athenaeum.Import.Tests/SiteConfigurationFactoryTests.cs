using Athenaeum.Dump;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Import.Tests;

public sealed class SiteConfigurationFactoryTests
{
    private static readonly SiteInfo Fatwiki = new(
        "Wikipedia",
        "fatwiki",
        "https://fat.wikipedia.org/wiki/Kratafa_Tsitsir",
        "MediaWiki 1.43.0-wmf.23",
        "first-letter",
        [
            new NamespaceDefinition(0, "", "first-letter"),
            new NamespaceDefinition(4, "Wikipedia", "first-letter"),
            new NamespaceDefinition(6, "Fael", "first-letter"),
            new NamespaceDefinition(10, "Nhwɛdo", "first-letter"),
            new NamespaceDefinition(14, "Nkyekyεmu", "first-letter"),
            new NamespaceDefinition(100, "Portal", "first-letter"),
            new NamespaceDefinition(828, "Module", "first-letter"),
            new NamespaceDefinition(2, "User", "case-sensitive"),
        ],
        "fat",
        "0.11");

    [Theory]
    [InlineData("Nhwɛdo:Databox", 10, "Databox")]
    [InlineData("Template:Databox", 10, "Databox")]
    [InlineData("template:databox", 10, "Databox")]
    [InlineData("Image:Flag.png", 6, "Flag.png")]
    [InlineData("File:Flag.png", 6, "Flag.png")]
    [InlineData("WP:About", 4, "About")]
    [InlineData("Project:About", 4, "About")]
    [InlineData("Category:Ghana", 14, "Ghana")]
    [InlineData("Module:Citation/CS1", 828, "Citation/CS1")]
    [InlineData("Portal:Ghana", 100, "Ghana")]
    [InlineData("user:bob", 2, "bob")]
    public void Create_FromSiteInfo_ParsesLocalCanonicalAndAliasNames(string text, int ns, string title)
    {
        // Arrange
        var parser = new TitleParser(SiteConfigurationFactory.Create(Fatwiki));

        // Act
        var parsed = parser.Parse(text);

        // Assert
        Assert.NotNull(parsed);
        Assert.Equal(ns, parsed.Namespace);
        Assert.Equal(title, parsed.Text);
        Assert.Equal("", parsed.Interwiki);
    }

    [Theory]
    [InlineData("en:Ghana", "en")]
    [InlineData("de:Berlin", "de")]
    [InlineData("zh-min-nan:Tâi-oân", "zh-min-nan")]
    [InlineData("wikt:word", "wikt")]
    [InlineData("commons:File:X.jpg", "commons")]
    [InlineData("d:Q1933412", "d")]
    public void Create_FromSiteInfo_KnowsWikimediaInterwikiPrefixes(string text, string prefix)
    {
        // Arrange
        var parser = new TitleParser(SiteConfigurationFactory.Create(Fatwiki));

        // Act
        var parsed = parser.Parse(text);

        // Assert
        Assert.Equal(prefix, parsed?.Interwiki);
    }

    [Fact]
    public void Create_FromSiteInfo_TakesServerMainPageAndLanguage()
    {
        // Act
        var site = SiteConfigurationFactory.Create(Fatwiki);

        // Assert
        Assert.Equal("//fat.wikipedia.org", site.Server);
        Assert.Equal("/wiki/$1", site.ArticlePath);
        Assert.Equal("Kratafa Tsitsir", site.MainPage);
        Assert.Equal("fat", site.LanguageCode);
        Assert.Equal("https://fat.wiktionary.org/wiki/$1", site.Interwiki["wikt"].UrlPattern);
        Assert.True(site.Interwiki["de"].IsLanguageLink);
        Assert.False(site.Interwiki["commons"].IsLanguageLink);
    }

    [Fact]
    public void ToLibrarySite_ThenCreate_GivesTheSameNamespaces()
    {
        // Arrange
        var stored = SiteConfigurationFactory.ToLibrarySite(Fatwiki, "fatwiki-20240920-pages-articles-multistream.xml.bz2", new DateOnly(2024, 9, 20));

        // Act
        var fromLibrary = SiteConfigurationFactory.Create(stored);
        var fromDump = SiteConfigurationFactory.Create(Fatwiki);

        // Assert
        Assert.Equal("Template", stored.Namespaces.Single(n => n.Id == 10).CanonicalName);
        Assert.Equal("Nhwɛdo", stored.Namespaces.Single(n => n.Id == 10).Name);
        Assert.Equal(fromDump.Namespaces.Keys.Order(), fromLibrary.Namespaces.Keys.Order());
        Assert.All(fromDump.Namespaces, ns => Assert.Equal(ns.Value.Name, fromLibrary.Namespaces[ns.Key].Name));
    }

    [Fact]
    public void WikimediaInterwikiMap_Codes_AreUniqueLowercase()
    {
        // Act
        var entries = WikimediaInterwikiMap.Create("en");

        // Assert
        Assert.Equal(entries.Count, entries.Select(e => e.Prefix).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, e => Assert.Equal(e.Prefix.ToLowerInvariant(), e.Prefix));
        Assert.InRange(WikimediaInterwikiMap.WikipediaLanguageCodes.Count, 300, 400);
        Assert.Contains("fat", WikimediaInterwikiMap.WikipediaLanguageCodes);
    }

    [Theory]
    [InlineData("fatwiki-20240920-pages-articles-multistream.xml.bz2", "2024-09-20")]
    [InlineData("/data/enwiki-20250101-pages-articles.xml.bz2", "2025-01-01")]
    [InlineData("zh_yuewiki-20231101-pages-articles.xml", "2023-11-01")]
    [InlineData("enwiki-latest-pages-articles.xml.bz2", null)]
    [InlineData("dump.xml", null)]
    [InlineData("wiki-20241399-x.xml", null)]
    public void GetDumpDate_FileName_ReadsWikimediaDate(string fileName, string? expected)
    {
        // Act
        var date = DumpFileNames.GetDumpDate(fileName);

        // Assert
        Assert.Equal(expected, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}

using Athenaeum.Dump.Xml;

namespace Athenaeum.Dump.Tests.Xml;

public sealed class SiteLanguageTests
{
    [Theory]
    [InlineData("fat", "enwiki", "https://en.wikipedia.org/wiki/Main", "fat")]
    [InlineData(null, "fatwiki", "", "fat")]
    [InlineData(null, "enwiki", "", "en")]
    [InlineData(null, "dewiktionary", "", "de")]
    [InlineData(null, "frwikisource", "", "fr")]
    [InlineData(null, "zh_min_nanwiki", "", "zh-min-nan")]
    [InlineData(null, "commonswiki", "https://commons.wikimedia.org/wiki/Main_Page", "en")]
    [InlineData(null, "tmp-wp", "https://ltg.wikipedia.org/wiki/Suoku_puslopa", "ltg")]
    [InlineData(null, "", "https://bg.wikipedia.org/wiki/X", "bg")]
    [InlineData(" ", "", "", "en")]
    [InlineData(null, "my_db", "http://localhost/wiki", "en")]
    public void Derive_RootLanguageDatabaseOrHost_GivesCode(string? xmlLang, string databaseName, string baseUrl, string expected)
    {
        Assert.Equal(expected, SiteLanguage.Derive(xmlLang, databaseName, baseUrl));
    }

    [Fact]
    public async Task OpenAsync_NoXmlLang_DerivesFromDatabaseName()
    {
        var directory = DumpTestHelpers.TempDirectory();
        try
        {
            var path = Path.Combine(directory, "nolang.xml");
            var header = SyntheticDump.Header().Replace(" xml:lang=\"en\"", string.Empty, StringComparison.Ordinal).Replace("testwiki", "fatwiki", StringComparison.Ordinal);
            await File.WriteAllTextAsync(path, header + "</mediawiki>");

            await using var reader = await DumpReader.OpenAsync(path);

            Assert.Equal("fat", reader.SiteInfo.Language);
            Assert.Equal("fatwiki", reader.SiteInfo.DatabaseName);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Compute_KnownTexts_MatchesMediaWikiSha1()
    {
        // Values from the exports in the corpus: the empty text, and fatwiki's page 2.
        Assert.Equal("phoiac9h4m842xq45sp7s6u21eteeq1", Base36Sha1.Compute(string.Empty));
        Assert.Equal(
            "mwns7r1jp0ntprm6a4ekb0ao2f8h44f",
            Base36Sha1.Compute("https://donate.wikimedia.org/?utm_source=donate&utm_medium=sidebar&utm_campaign=fat.wikipedia.org&uselang=fat"));
    }
}

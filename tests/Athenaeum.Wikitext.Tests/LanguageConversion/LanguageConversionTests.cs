using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.TestSupport;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.LanguageConversion;

public sealed class LanguageConversionTests
{
    [Theory]
    [InlineData("Latinski", "sr-ec", "<p>Латински\n</p>")]
    [InlineData("Ljubav i DŽEP, Njegoš", "sr-ec", "<p>Љубав и ЏЕП, Његош\n</p>")]
    [InlineData("Ћирилица и љубав", "sr-el", "<p>Ćirilica i ljubav\n</p>")]
    [InlineData("XIV vek", "sr-ec", "<p>XIV век\n</p>")]
    [InlineData("Latinski", "sr", "<p>Latinski\n</p>")]
    [InlineData("Latinski", null, "<p>Latinski\n</p>")]
    [InlineData("-{Ne nuntium}- necare", "sr-ec", "<p>Ne nuntium нецаре\n</p>")]
    [InlineData("<span title=\"Naslov\">tekst</span>", "sr-ec", "<p><span title=\"Наслов\">текст</span>\n</p>")]
    [InlineData("<code>kod</code> i <pre>pre</pre>", "sr-ec", "<p><code>kod</code> и </p><pre>pre</pre>")]
    public void Render_SerbianText_ConvertsToTheVariant(string wikitext, string? variant, string expected)
    {
        // Act
        var html = VariantRendering.Html(wikitext, "sr", variant);

        // Assert
        Assert.Equal(expected, html);
    }

    [Theory]
    [InlineData("-{zh-cn:中国大陆; zh-tw:台灣}-", "zh-tw", "<p>台灣\n</p>")]
    [InlineData("-{zh-cn:中国大陆; zh-tw:台灣}-", "zh-hk", "<p>台灣\n</p>")]
    [InlineData("-{zh-cn:中国大陆; zh-tw:台灣}-", "zh-sg", "<p>中国大陆\n</p>")]
    [InlineData("-{H|zh-cn:软件; zh-tw:軟體}-软件", "zh-tw", "<p>軟體\n</p>")]
    [InlineData("-{A|zh-cn:软件; zh-tw:軟體}-，软件", "zh-tw", "<p>軟體，軟體\n</p>")]
    [InlineData("-{R|zh-cn:a}-", "zh-tw", "<p>zh-cn:a\n</p>")]
    [InlineData("-{N|zh-tw}-", "zh-cn", "<p>臺灣\n</p>")]
    [InlineData("__NOCC__-{zh-cn:a; zh-tw:b}-", "zh-tw", "<p>-{zh-cn:a; zh-tw:b}-\n</p>")]
    public void Render_ChineseRules_ConvertToTheVariant(string wikitext, string variant, string expected)
    {
        // Act
        var html = VariantRendering.Html(wikitext, "zh", variant);

        // Assert
        Assert.Equal(expected, html);
    }

    [Theory]
    [InlineData("kk", "kk-cyrl", "Qazaqstan", "Қазақстан")]
    [InlineData("kk", "kk-latn", "Қазақстан", "Qazaqstan")]
    [InlineData("crh", "crh-cyrl", "Qırım İLI", "Къырым ИЛЫ")]
    [InlineData("uz", "uz-cyrl", "Oʻzbekiston", "Оʻзбекистон")]
    [InlineData("uz", "uz-latn", "Ўзбекистон", "O‘zbekiston")]
    [InlineData("tg", "tg-latn", "Тоҷикистон", "Toçikiston")]
    [InlineData("shi", "shi-tfng", "tamaziɣt", "ⵜⴰⵎⴰⵣⵉⵖⵜ")]
    [InlineData("kk", "kk", "Qazaqstan", "Qazaqstan")]
    public void Render_TransliteratedLanguages_ConvertLetterByLetter(string language, string variant, string wikitext, string expected)
    {
        // Act
        var html = VariantRendering.Html(wikitext, language, variant);

        // Assert
        Assert.Equal("<p>" + expected + "\n</p>", html);
    }

    [Theory]
    [InlineData("<langconvert from=\"sr-Latn\" to=\"sr-Cyrl\">''zdravo'' svete</langconvert>", "<i>здраво</i>", "свете")]
    [InlineData("<langconvert from=\"sr-el\" to=\"sr-ec\">zdravo</langconvert>", "class=\"error\"", "BCP 47")]
    [InlineData("<langconvert from=\"sr-Latn\" to=\"zh-Hant\">zdravo</langconvert>", "class=\"error\"", "same language")]
    public void Render_LangconvertTag_ConvertsBetweenVariantsOfOneLanguage(string wikitext, string expected, string alsoExpected)
    {
        // Act
        var html = VariantRendering.Html(wikitext, "en", null);

        // Assert
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Render_LanguageWithoutVariants_KeepsConversionMarkup(string language)
    {
        // Act
        var html = VariantRendering.Html("a -{b}- -{zh-cn:c;zh-tw:d}-", language, "zh-tw");

        // Assert
        Assert.Equal("<p>a -{b}- -{zh-cn:c;zh-tw:d}-\n</p>", html);
    }

    [Fact]
    public void Render_TitleFlag_SetsTheDisplayTitle()
    {
        // Act
        var output = VariantRendering.Render("-{T|zh-cn:标题; zh-tw:標題}-正文", "zh", "zh-tw");

        // Assert
        Assert.Equal("標題", output.DisplayTitle);
        Assert.Equal("<p>正文\n</p>", output.Html.Trim());
    }

    [Theory]
    [InlineData("", "<span class=\"mw-page-title-main\">Београд</span>")]
    [InlineData("__NOTC__", null)]
    [InlineData("__NOCC__", null)]
    public void Render_SerbianTitle_IsConvertedUnlessSwitchedOff(string wikitext, string? expected)
    {
        // Act
        var output = VariantRendering.Render(wikitext, "sr", "sr-ec", title: "Beograd");

        // Assert
        Assert.Equal(expected, output.DisplayTitle);
    }

    [Fact]
    public void Render_LinkToMissingVariantTitle_LinksTheExistingPage()
    {
        // Arrange
        var site = SiteConfiguration.CreateDefault("Wiki", "//wiki.example", "sr");
        var pages = new MemoryPageSource();
        pages.Add(new TitleParser(site).Parse("Beograd")!, "text");

        // Act
        var html = VariantRendering.Render("[[Београд]]", "sr", "sr-el", pages: pages).Html;

        // Assert
        Assert.Contains("href=\"/wiki/Beograd\"", html, StringComparison.Ordinal);
        Assert.Contains(">Beograd</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameMissingTitleLinkedTwiceWithAFragment_BothLinkTheVariantPage()
    {
        // Arrange: the variant lookup is made once per target and reused for the second link and its fragment.
        var site = SiteConfiguration.CreateDefault("Wiki", "//wiki.example", "sr");
        var pages = new MemoryPageSource();
        pages.Add(new TitleParser(site).Parse("Beograd")!, "text");

        // Act
        var output = VariantRendering.Render("[[Београд]] i [[Београд#Istorija|istorija]]", "sr", "sr-el", pages: pages);

        // Assert
        Assert.Contains("href=\"/wiki/Beograd\"", output.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/wiki/Beograd#Istorija\"", output.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("new", output.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UrlLinkText_IsNotConverted()
    {
        // Act
        var html = VariantRendering.Html("[http://example.org http://example.org] [http://example.org primer]", "sr", "sr-ec");

        // Assert
        Assert.Contains(">http://example.org</a>", html, StringComparison.Ordinal);
        Assert.Contains(">пример</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DeeplyNestedBlocks_StopsAtTheDepthLimit()
    {
        // Arrange
        var wikitext = string.Concat(Enumerable.Repeat("-{", 15)) + "x" + string.Concat(Enumerable.Repeat("}-", 15));

        // Act
        var html = VariantRendering.Html(wikitext, "zh", "zh-tw");

        // Assert
        Assert.Contains("Language converter depth limit exceeded", html, StringComparison.Ordinal);
    }
}

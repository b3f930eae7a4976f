using Athenaeum.Wikitext.LanguageConversion;

namespace Athenaeum.Wikitext.Tests.LanguageConversion;

public sealed class ConverterUnitTests
{
    [Theory]
    [InlineData("abc", "xyc")]
    [InlineData("ab", "xy")]
    [InlineData("a", "1")]
    [InlineData("ba", "b1")]
    [InlineData("", "")]
    public void Replace_OverlappingKeys_TakesTheLongestMatchOnce(string text, string expected)
    {
        // Arrange: "1" must not be rescanned into "2" (strtr semantics).
        var table = new ReplacementTable([new("a", "1"), new("ab", "xy"), new("1", "2")]);

        // Act
        var result = table.Replace(text);

        // Assert
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("test", "esttay")]
    [InlineData("Headline 1", "Eadlinehay 1")]
    [InlineData("Another", "Anotherway")]
    [InlineData("square quiet", "aresquay ietquay")]
    [InlineData("I ID", "I ID")]
    public void ToPigLatin_Words_MoveTheirOnset(string text, string expected)
    {
        // Act
        var result = PigLatinConverter.ToPigLatin(text);

        // Assert
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("zh-Hant-TW", "zh-tw")]
    [InlineData("ZH-TW", "zh-tw")]
    [InlineData("zh-Hans", "zh-hans")]
    [InlineData("sr", null)]
    [InlineData("", null)]
    public void ValidateVariant_Codes_FindsTheVariant(string code, string? expected)
    {
        // Act
        var variant = new ChineseConverter().ValidateVariant(code);

        // Assert
        Assert.Equal(expected, variant);
    }

    [Theory]
    [InlineData("<b>x</b>", "<b>x</b>")]
    [InlineData("<span title=\"a", "&lt;span title=\"a")]
    [InlineData("b\">q</span>", "b\"&gt;q&lt;/span&gt;")]
    [InlineData("plain", "plain")]
    public void Neutralize_PiecesOfTags_AreShownAsText(string html, string expected)
    {
        // Act
        var result = ConversionSafety.Neutralize(html);

        // Assert
        Assert.Equal(expected, result);
    }
}

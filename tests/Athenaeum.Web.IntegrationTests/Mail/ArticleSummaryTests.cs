using Athenaeum.Import.Indexing;
using Athenaeum.Web.Mail;

namespace Athenaeum.Web.IntegrationTests.Mail;

public sealed class ArticleSummaryTests
{
    [Fact]
    public void FromWikitext_InfoboxThenLead_TakesTheFirstProseParagraph()
    {
        // Arrange
        const string Wikitext = "{{Infobox film\n| name = X\n| runtime = 118 minutes\n}}\n'''X''' is a 1996 film directed by [[Maren Holloway]].<ref>Source.</ref>\n\nSecond paragraph.\n";

        // Act
        var summary = ArticleSummary.FromWikitext(WikitextStripper.English, Wikitext);

        // Assert
        Assert.Equal("X is a 1996 film directed by Maren Holloway.", summary);
    }

    [Fact]
    public void FromWikitext_LongLead_CutsWithinTheLimitAtASentenceEnd()
    {
        // Arrange
        var sentence = "The estuary has been dredged and widened many times since the mill was built. ";
        var wikitext = string.Concat(Enumerable.Repeat(sentence, 20));

        // Act
        var summary = ArticleSummary.FromWikitext(WikitextStripper.English, wikitext);

        // Assert
        Assert.InRange(summary.Length, ArticleSummary.MaxLength / 2, ArticleSummary.MaxLength);
        Assert.EndsWith("built.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Cut_LongTextWithoutSentences_EndsWithEllipsisWithinTheLimit()
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat("word ", 300));

        // Act
        var cut = ArticleSummary.Cut(text);

        // Assert
        Assert.True(cut.Length <= ArticleSummary.MaxLength);
        Assert.EndsWith("word…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void FromWikitext_NoProse_ReturnsEmpty()
    {
        // Act
        var summary = ArticleSummary.FromWikitext(WikitextStripper.English, "{{Stub}}\n[[Category:Films]]");

        // Assert
        Assert.Equal(string.Empty, summary);
    }
}

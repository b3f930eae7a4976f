namespace Athenaeum.Storage.Tests;

public sealed class ArticleIdentifierTests
{
    [Theory]
    [InlineData(54160L, "WHEBN0000054160")]
    [InlineData(0L, "WHEBN0000000000")]
    [InlineData(9999999999L, "WHEBN9999999999")]
    [InlineData(12345678901L, "WHEBN12345678901")]
    public void Format_SourcePageId_IsPrefixAndTenDigits(long sourcePageId, string expected)
    {
        // Act
        var articleId = ArticleIdentifier.Format(sourcePageId);

        // Assert
        Assert.Equal(expected, articleId);
    }

    [Fact]
    public void Format_NegativeId_Throws()
    {
        // Act & Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleIdentifier.Format(-1));
    }

    [Theory]
    [InlineData("WHEBN0000054160", true, 54160L)]
    [InlineData("whebn0000054160", true, 54160L)]
    [InlineData("WHEBN54160", false, 0L)]
    [InlineData("WHEBN00000541x0", false, 0L)]
    [InlineData("XHEBN0000054160", false, 0L)]
    [InlineData(null, false, 0L)]
    public void TryParse_Text_ReturnsSourcePageId(string? text, bool ok, long expected)
    {
        // Act
        var parsed = ArticleIdentifier.TryParse(text, out var id);

        // Assert
        Assert.Equal(ok, parsed);
        Assert.Equal(expected, id);
    }
}

using Athenaeum.Web.Mail;

namespace Athenaeum.Web.IntegrationTests.Mail;

public sealed class RecipientAddressTests
{
    [Theory]
    [InlineData("someone@example.org")]
    [InlineData("first.last+tag@mail.example.co.uk")]
    [InlineData("o'brien@example.ie")]
    [InlineData("x@xn--bcher-kva.example")]
    [InlineData("  padded@example.org  ")]
    public void TryParse_OrdinaryAddress_Accepts(string text)
    {
        // Act
        var ok = RecipientAddress.TryParse(text, out var address);

        // Assert
        Assert.True(ok);
        Assert.Equal(text.Trim(), address);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("a@b.c@d.org")]
    [InlineData(".lead@example.org")]
    [InlineData("trail.@example.org")]
    [InlineData("a@-bad.example.org")]
    [InlineData("a@example.123")]
    [InlineData("a@exa_mple.org")]
    [InlineData("a(comment)@example.org")]
    [InlineData("ünicode@example.org")]
    [InlineData("a@example.org\r\nBcc: b@example.org")]
    [InlineData("a@example.org,b@example.org")]
    [InlineData("<a@example.org>")]
    [InlineData(null)]
    public void TryParse_AnythingButOnePlainAddress_Refuses(string? text)
    {
        // Act
        var ok = RecipientAddress.TryParse(text, out var address);

        // Assert
        Assert.False(ok);
        Assert.Null(address);
    }

    [Fact]
    public void TryParse_OverLongAddress_Refuses()
    {
        // Arrange
        var text = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".org";

        // Act
        var ok = RecipientAddress.TryParse(text, out _);

        // Assert
        Assert.True(text.Length > RecipientAddress.MaxLength);
        Assert.False(ok);
    }
}

using System.Net;
using Athenaeum.Storage;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.IntegrationTests.Flags;

namespace Athenaeum.Web.IntegrationTests.Mail;

public sealed class MailEndpointsTests : IClassFixture<SmtpServerFixture>
{
    private const string MailPath = "/email/Vestmarch";
    private const string Lead = "Vestmarch is an island country in the North Atlantic Ocean.";

    private readonly SmtpServerFixture _smtp;

    public MailEndpointsTests(SmtpServerFixture smtp)
    {
        _smtp = smtp;
    }

    [Fact]
    public async Task PostMail_ValidRequest_DeliversTitleSummaryAndLinkToOneRecipient()
    {
        // Arrange
        var to = Recipient();
        await using var host = await StartAsync(o => o.PublicUrl = "https://library.example.org/");

        // Act
        var (status, html) = await host.PostAsync(MailPath, [new("to", to), new("name", "Ada"), new("message", "Thought of you.\nSee the history.")]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("has been sent", html, StringComparison.Ordinal);
        var mail = Assert.Single(_smtp.MessagesTo(to));
        Assert.Equal(to, mail.Header("X-RcptTo"));
        Assert.Equal("library@example.org", mail.Header("X-MailFrom"));
        Assert.Contains(to, mail.Header("To"), StringComparison.Ordinal);
        Assert.Contains("<library@example.org>", mail.Header("From"), StringComparison.Ordinal);
        Assert.Empty(mail.Header("Cc") + mail.Header("Bcc"));
        Assert.Contains("Vestmarch", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Ada", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(Lead, mail.Body, StringComparison.Ordinal);
        Assert.Contains("official language is English.", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Geography", mail.Body, StringComparison.Ordinal);
        Assert.Contains("https://library.example.org/wiki/Vestmarch", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Thought of you.\nSee the history.", mail.Body, StringComparison.Ordinal);
        var entry = Assert.Single(host.Library.Stores.MailLog.ListLatest(10));
        Assert.Equal(MailOutcome.Sent, entry.Outcome);
        Assert.Equal(host.Library.Provider.Pages.GetPage(0, "Vestmarch")!.Id, entry.PageId);
        Assert.Matches("^[0-9a-f]{64}$", entry.RecipientHash);
        Assert.Matches("^[0-9a-f]{64}$", entry.AddressHash);
    }

    [Fact]
    public async Task PostMail_NoPublicUrl_LinksToTheRequestHost()
    {
        // Arrange
        var to = Recipient();
        await using var host = await StartAsync();

        // Act
        var (status, _) = await host.PostAsync("/email/The_Salt_Orchard", [new("to", to)]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        var mail = Assert.Single(_smtp.MessagesTo(to));
        Assert.Contains(host.Client.BaseAddress!.ToString().TrimEnd('/') + "/wiki/The_Salt_Orchard", mail.Body, StringComparison.Ordinal);
        Assert.Contains("The Salt Orchard", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Infobox", mail.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("someone@localhost")]
    [InlineData("someone@[127.0.0.1]")]
    [InlineData("someone@10.0.0.1")]
    [InlineData("\"quoted name\"@example.org")]
    [InlineData("Someone <someone@example.org>")]
    [InlineData("someone..else@example.org")]
    [InlineData("")]
    public async Task PostMail_InvalidAddress_Returns400AndSendsNothing(string address)
    {
        // Arrange
        await using var host = await StartAsync();

        // Act
        var (status, html) = await host.PostAsync(MailPath, [new("to", address)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("one valid address", html, StringComparison.Ordinal);
        Assert.Empty(host.Library.Stores.MailLog.ListLatest(10));
    }

    [Theory]
    [InlineData("{0}, other@example.org")]
    [InlineData("{0};other@example.org")]
    [InlineData("{0} other@example.org")]
    [InlineData("{0}\r\nBcc: other@example.org")]
    [InlineData("{0}\nCc: other@example.org")]
    public async Task PostMail_SeveralRecipientsInTheField_Returns400AndSendsNothing(string pattern)
    {
        // Arrange
        var to = Recipient();
        await using var host = await StartAsync();

        // Act
        var (status, _) = await host.PostAsync(MailPath, [new("to", string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, to))]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(_smtp.MessagesTo(to));
        Assert.Empty(_smtp.MessagesTo("other@example.org"));
        Assert.Empty(host.Library.Stores.MailLog.ListLatest(10));
    }

    [Fact]
    public async Task PostMail_ToFieldTwice_Returns400AndSendsNothing()
    {
        // Arrange
        var to = Recipient();
        var second = Recipient();
        await using var host = await StartAsync();

        // Act
        var (status, html) = await host.PostAsync(MailPath, [new("to", to), new("to", second)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("one address at a time", html, StringComparison.Ordinal);
        Assert.Empty(_smtp.MessagesTo(to));
        Assert.Empty(_smtp.MessagesTo(second));
    }

    [Theory]
    [InlineData("Eve\r\nBcc: victim@example.org")]
    [InlineData("Eve\nSubject: Win a prize")]
    [InlineData("Eve\rX-Injected: 1")]
    public async Task PostMail_LineBreakInName_Returns400AndSendsNothing(string name)
    {
        // Arrange
        var to = Recipient();
        await using var host = await StartAsync();

        // Act
        var (status, html) = await host.PostAsync(MailPath, [new("to", to), new("name", name)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("line breaks", html, StringComparison.Ordinal);
        Assert.Empty(_smtp.MessagesTo(to));
        Assert.Empty(_smtp.MessagesTo("victim@example.org"));
    }

    [Fact]
    public async Task PostMail_MessageOverLimit_Returns400AndSendsNothing()
    {
        // Arrange
        var to = Recipient();
        await using var host = await StartAsync();

        // Act
        var (status, html) = await host.PostAsync(MailPath, [new("to", to), new("message", new string('m', 1001))]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("the limit is 1,000", html, StringComparison.Ordinal);
        Assert.Empty(_smtp.MessagesTo(to));
    }

    [Fact]
    public async Task PostMail_OverPerAddressLimit_Returns429AndSendsNoMore()
    {
        // Arrange
        var to = Recipient();
        await using var host = await StartAsync(o => o.Limits.EmailsPerAddressPerHour = 2);
        await host.PostAsync(MailPath, [new("to", to)]);
        await host.PostAsync(MailPath, [new("to", to)]);

        // Act
        var (status, html) = await host.PostAsync(MailPath, [new("to", to)]);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("You have mailed too many articles", html, StringComparison.Ordinal);
        Assert.Equal(2, _smtp.MessagesTo(to).Count);
    }

    [Fact]
    public async Task PostMail_OverSiteWideLimit_Returns429AndSendsNoMore()
    {
        // Arrange
        var to = Recipient();
        await using var host = await StartAsync(o =>
        {
            o.Limits.EmailsPerAddressPerHour = 50;
            o.Limits.EmailsPerHour = 1;
        });
        await host.PostAsync(MailPath, [new("to", to)]);

        // Act
        var (status, html) = await host.PostAsync(MailPath, [new("to", to)]);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("as many articles as it may this hour", html, StringComparison.Ordinal);
        Assert.Single(_smtp.MessagesTo(to));
    }

    [Fact]
    public async Task PostMail_WithoutAntiforgeryToken_Returns400AndSendsNothing()
    {
        // Arrange
        var to = Recipient();
        await using var host = await StartAsync();
        await host.GetTokenAsync(MailPath);

        // Act
        var (status, _) = await host.PostAsync(MailPath, [new("to", to)], withToken: false);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(_smtp.MessagesTo(to));
        Assert.Empty(host.Library.Stores.MailLog.ListLatest(10));
    }

    [Fact]
    public async Task PostMail_ServerUnreachable_Returns503WithClearMessageAndLogsNoSend()
    {
        // Arrange
        var closedPort = SmtpServerFixture.FreePort();
        await using var host = await ReaderFormsHost.StartAsync(o => Configure(o, closedPort));

        // Act
        var (status, html) = await host.PostAsync(MailPath, [new("to", Recipient())]);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("mail server could not be reached", html, StringComparison.Ordinal);
        var entry = Assert.Single(host.Library.Stores.MailLog.ListLatest(10));
        Assert.Equal(MailOutcome.ServerError, entry.Outcome);
    }

    [Fact]
    public async Task MailPages_NotConfigured_Return503AndLogNothing()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();
        var token = await new FlagFormToken(host).GetAsync();

        // Act
        using var get = await host.Client.GetAsync(new Uri(MailPath, UriKind.Relative));
        var (postStatus, html) = await host.PostAsync(MailPath, [new("to", Recipient()), token], withToken: false);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, postStatus);
        Assert.Contains("has not configured a mail server", html, StringComparison.Ordinal);
        Assert.Empty(host.Library.Stores.MailLog.ListLatest(10));
    }

    [Fact]
    public async Task MailPages_CredentialsWithoutTls_AreRefusedAsNotConfigured()
    {
        // Arrange
        await using var host = await StartAsync(o => o.Smtp.UserName = "library");

        // Act
        using var get = await host.Client.GetAsync(new Uri(MailPath, UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
    }

    [Fact]
    public async Task MailPages_UnknownArticle_Return404()
    {
        // Arrange
        await using var host = await StartAsync();

        // Act
        using var get = await host.Client.GetAsync(new Uri("/email/No_such_article_here", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    private static string Recipient() => "reader-" + Guid.NewGuid().ToString("N")[..12] + "@example.org";

    private static void Configure(AthenaeumOptions options, int port)
    {
        options.Smtp.Host = "127.0.0.1";
        options.Smtp.Port = port;
        options.Smtp.StartTls = false;
        options.Smtp.From = "library@example.org";
        options.Smtp.TimeoutSeconds = 10;
    }

    private Task<ReaderFormsHost> StartAsync(Action<AthenaeumOptions>? configure = null)
        => ReaderFormsHost.StartAsync(o =>
        {
            Configure(o, _smtp.Port);
            configure?.Invoke(o);
        });

    // A token of this session from the flag form, for posting to a mail form that cannot show one.
    private sealed class FlagFormToken(ReaderFormsHost host)
    {
        public Task<KeyValuePair<string, string>> GetAsync() => host.GetTokenAsync("/flag/Vestmarch");
    }
}

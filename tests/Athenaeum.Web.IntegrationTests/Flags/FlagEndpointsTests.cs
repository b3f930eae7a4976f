using System.Net;
using System.Security.Cryptography;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Web.Flags;

namespace Athenaeum.Web.IntegrationTests.Flags;

public sealed class FlagEndpointsTests
{
    private const string FlagPath = "/flag/The_Salt_Orchard";

    [Fact]
    public async Task GetFlagForm_KnownArticle_ShowsEveryReasonAndAToken()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();

        // Act
        using var response = await host.Client.GetAsync(new Uri(FlagPath, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var (code, _) in FlagReasons.All)
        {
            Assert.Contains($"name=\"reason\" value=\"{code}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("maxlength=\"2000\"", html, StringComparison.Ordinal);
        Assert.Contains("noindex", html, StringComparison.Ordinal);
        Assert.NotNull((await host.GetTokenAsync(FlagPath)).Value);
    }

    [Fact]
    public async Task PostFlag_ValidFlag_StoresOpenFlagWithKeyedHashOfTheAddress()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();
        var page = host.Library.Provider.Pages.GetPage(0, "The Salt Orchard")!;

        // Act
        var (status, html) = await host.PostAsync(FlagPath, [new("reason", "inaccurate"), new("comment", "The runtime is 112 minutes.")]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Thank you", html, StringComparison.Ordinal);
        var flag = Assert.Single(host.Library.Stores.Flags.List(FlagStatus.Open, 0, 10));
        Assert.Equal(page.Id, flag.PageId);
        Assert.Equal(page.RevisionId, flag.RevisionId);
        Assert.Equal("inaccurate", flag.Reason);
        Assert.Equal("The runtime is 112 minutes.", flag.Comment);
        Assert.Null(flag.HandledBy);
        Assert.Null(flag.HandledAt);
        Assert.InRange(flag.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        var key = Convert.FromBase64String(host.Library.Stores.Settings.Get(ReaderAddressHasher.SecretSetting)!);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("client:127.0.0.1")));
        Assert.Equal(expected, flag.AddressHash);
        Assert.DoesNotContain("127.0.0.1", flag.AddressHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostFlag_ValidFlag_LibraryFilesNeverHoldTheRawAddress()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();

        // Act
        var (status, _) = await host.PostAsync(FlagPath, [new("reason", "spam"), new("comment", string.Empty)]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var file in new[] { host.LibraryPath, host.LibraryPath + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            Assert.Equal(-1, memory.ToArray().AsSpan().IndexOf("127.0.0.1"u8));
        }
    }

    [Fact]
    public async Task PostFlag_OverHourlyLimit_Returns429AndStoresNoMore()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync(o => o.Limits.FlagsPerAddressPerHour = 2);
        await host.PostAsync(FlagPath, [new("reason", "spam")]);
        await host.PostAsync(FlagPath, [new("reason", "spam")]);

        // Act
        var (status, html) = await host.PostAsync(FlagPath, [new("reason", "spam")]);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("too many", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, host.Library.Stores.Flags.List(FlagStatus.Open, 0, 10).Count);
    }

    [Fact]
    public async Task PostFlag_WithoutAntiforgeryToken_Returns400AndStoresNothing()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();
        await host.GetTokenAsync(FlagPath); // the cookie alone, as a forged cross-site post would carry it

        // Act
        var (status, html) = await host.PostAsync(FlagPath, [new("reason", "spam")], withToken: false);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("did not come from this site", html, StringComparison.Ordinal);
        Assert.Empty(host.Library.Stores.Flags.List(FlagStatus.Open, 0, 10));
    }

    [Theory]
    [InlineData("vandalism")]
    [InlineData("")]
    [InlineData("SPAM")]
    public async Task PostFlag_UnknownReason_Returns400AndStoresNothing(string reason)
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();

        // Act
        var (status, html) = await host.PostAsync(FlagPath, [new("reason", reason)]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("listed reasons", html, StringComparison.Ordinal);
        Assert.Empty(host.Library.Stores.Flags.List(FlagStatus.Open, 0, 10));
    }

    [Fact]
    public async Task PostFlag_CommentOverLimit_Returns400WithTheLimit()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();

        // Act
        var (status, html) = await host.PostAsync(FlagPath, [new("reason", "other"), new("comment", new string('x', 2001))]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("the limit is 2,000", html, StringComparison.Ordinal);
        Assert.Empty(host.Library.Stores.Flags.List(FlagStatus.Open, 0, 10));
    }

    [Fact]
    public async Task PostFlag_CommentAtLimit_IsStored()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();

        // Act
        var (status, _) = await host.PostAsync(FlagPath, [new("reason", "other"), new("comment", new string('x', 2000))]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2000, Assert.Single(host.Library.Stores.Flags.List(FlagStatus.Open, 0, 10)).Comment.Length);
    }

    [Fact]
    public async Task PostFlag_HostileCommentRefused_IsEscapedOnTheForm()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();

        // Act
        var (status, html) = await host.PostAsync(FlagPath, [new("reason", "bogus"), new("comment", "</textarea><script>alert(1)</script>")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/textarea&gt;&lt;script&gt;alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlagPages_UnknownArticle_Return404()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync();
        var token = await host.GetTokenAsync(FlagPath);

        // Act
        using var get = await host.Client.GetAsync(new Uri("/flag/No_such_article_here", UriKind.Relative));
        var (postStatus, _) = await host.PostAsync("/flag/No_such_article_here", [new("reason", "spam"), token], withToken: false);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, postStatus);
        Assert.Empty(host.Library.Stores.Flags.List(FlagStatus.Open, 0, 10));
    }

    [Fact]
    public async Task PostFlag_ParallelPostsOverLimit_StoreExactlyTheLimit()
    {
        // Arrange
        await using var host = await ReaderFormsHost.StartAsync(o => o.Limits.FlagsPerAddressPerHour = 3);
        var token = await host.GetTokenAsync(FlagPath);

        // Act
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.PostAsync(FlagPath, [new("reason", "spam"), token], withToken: false)));

        // Assert
        Assert.Equal(3, results.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Equal(5, results.Count(r => r.Status == HttpStatusCode.TooManyRequests));
        Assert.Equal(3, host.Library.Stores.Flags.List(FlagStatus.Open, 0, 10).Count);
    }
}

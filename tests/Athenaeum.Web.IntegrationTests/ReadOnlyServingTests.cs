using System.Net;
using System.Runtime.Versioning;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// The demo library with mode 0444 in a folder of mode 0555, served read-only (forced with
/// Athenaeum:ReadOnly, since the tests may run as root; detection is tested unprivileged): every page type
/// serves, search works on the import's index, flags go to the state database, and the file's bytes do not change.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyServingTests : IAsyncLifetime
{
    private static readonly (string, string) ReadOnly = ("Athenaeum:ReadOnly", "true");

    private ReadOnlyLibrary? _library;

    private ReadOnlyLibrary Library => _library!;

    public async Task InitializeAsync() => _library = await ReadOnlyLibrary.CreateAsync();

    public Task DisposeAsync()
    {
        _library?.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/wiki/The_Salt_Orchard", HttpStatusCode.OK)]
    [InlineData("/wiki/Template:Infobox_film", HttpStatusCode.OK)]
    [InlineData("/wiki/Salt_Orchard", HttpStatusCode.OK)]
    [InlineData("/wiki/No_such_article_here", HttpStatusCode.NotFound)]
    [InlineData("/wiki/the_Salt_Orchard", HttpStatusCode.MovedPermanently)]
    [InlineData("/collections", HttpStatusCode.OK)]
    [InlineData("/collection/Films", HttpStatusCode.OK)]
    [InlineData("/search?q=orchard", HttpStatusCode.OK)]
    [InlineData("/suggest?q=wren", HttpStatusCode.OK)]
    [InlineData("/random", HttpStatusCode.Found)]
    [InlineData("/terms", HttpStatusCode.OK)]
    [InlineData("/privacy", HttpStatusCode.OK)]
    [InlineData("/opensearch.xml", HttpStatusCode.OK)]
    [InlineData("/flag/The_Salt_Orchard", HttpStatusCode.OK)]
    [InlineData("/email/The_Salt_Orchard", HttpStatusCode.ServiceUnavailable)]
    [InlineData("/index.php?title=Wrenmouth", HttpStatusCode.Found)]
    public async Task Get_ReadOnlyLibrary_EveryPageTypeServes(string url, HttpStatusCode expected)
    {
        // Arrange
        await using var site = Library.Serve(ReadOnly);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        // Assert
        Assert.True(expected == response.StatusCode, $"{url}: {response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task GetSearch_ReadOnlyLibraryIndexedByImport_FindsArticlesWithoutNotice()
    {
        // Arrange
        await using var site = Library.Serve(ReadOnly);
        using var client = site.CreateClient();

        // Act
        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=wrenmouth");
        using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz?details", UriKind.Relative)));

        // Assert
        Assert.NotEmpty(page.QuerySelectorAll(".search-results > li"));
        Assert.NotNull(page.QuerySelector(".search-results mark"));
        Assert.Null(page.QuerySelector(".search-rebuilding"));
        Assert.True(health.RootElement.GetProperty("readOnly").GetBoolean());
        Assert.Equal("complete", health.RootElement.GetProperty("searchIndex").GetProperty("state").GetString());
    }

    [Fact]
    public async Task PostFlag_ReadOnlyLibrary_StoredInTheStateDatabase()
    {
        // Arrange
        await using var site = Library.Serve(ReadOnly);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var (status, html) = await PostFlagAsync(client);

        // Assert
        Assert.True(status == HttpStatusCode.OK, html);
        Assert.Contains("Thank you", html, StringComparison.Ordinal);
        using var state = SqliteLibraryProvider.Open(Library.StatePath, new SqliteLibraryOptions { ReadOnly = true });
        var flag = Assert.Single(state.Flags.List(FlagStatus.Open, 0, 10));
        Assert.Equal("inaccurate", flag.Reason);
        using var library = SqliteLibraryProvider.Open(Library.Path, new SqliteLibraryOptions { ReadOnly = true, Immutable = true });
        Assert.Equal(library.Pages.GetPage(0, "The Salt Orchard")!.Id, flag.PageId);
        Assert.Empty(library.Flags.List(FlagStatus.Open, 0, 10));
    }

    [Fact]
    public async Task Session_ReadOnlyLibrary_FileBytesUnchanged()
    {
        // Arrange
        var before = Library.Hash();

        // Act: a reader's session (pages rendered and cached, a search, a flag), then the server stops.
        await using (var site = Library.Serve(ReadOnly))
        {
            using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            foreach (var url in new[] { "/", "/wiki/The_Salt_Orchard", "/wiki/Wrenmouth", "/wiki/The_Salt_Orchard", "/collections", "/collection/Films", "/search?q=salt" })
            {
                Assert.True((await client.GetAsync(new Uri(url, UriKind.Relative))).IsSuccessStatusCode, url);
            }

            Assert.Equal(HttpStatusCode.OK, (await PostFlagAsync(client)).Status);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Assert
        Assert.Equal(before, Library.Hash());
    }

    [Fact]
    public async Task FlagAndEmail_NoWritableStateLocation_Answer503AndTheLinksAreGone()
    {
        // Arrange: the state database would need a folder where a file is (unwritable even for root).
        var blocker = Path.Combine(Library.Root, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file");
        await using var site = Library.Serve(ReadOnly, ("Athenaeum:StatePath", Path.Combine(blocker, "state.db")));
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var flagForm = await client.GetAsync(new Uri("/flag/The_Salt_Orchard", UriKind.Relative));
        var mailForm = await client.GetAsync(new Uri("/email/The_Salt_Orchard", UriKind.Relative));
        using var fields = new FormUrlEncodedContent([new("reason", "inaccurate"), new("comment", "x")]);
        var flagPost = await client.PostAsync(new Uri("/flag/The_Salt_Orchard", UriKind.Relative), fields);
        var mailPost = await client.PostAsync(new Uri("/email/The_Salt_Orchard", UriKind.Relative), fields);
        var (article, page) = await HtmlPage.GetAsync(client, "/wiki/The_Salt_Orchard");

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, flagForm.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, mailForm.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, flagPost.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, mailPost.StatusCode);
        var text = await flagForm.Content.ReadAsStringAsync();
        Assert.Contains("cannot accept flags or e-mail requests", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<form class=\"reader-form\"", text, StringComparison.Ordinal);
        Assert.Contains("cannot accept flags or e-mail requests", await mailPost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Null(page.QuerySelector(".site-actions"));
        Assert.False(File.Exists(Library.StatePath));
    }

    [UnprivilegedFact]
    public async Task Get_UnwritableLibraryNotForced_DetectedAndServedReadOnly()
    {
        // Arrange: no Athenaeum:ReadOnly; the file modes alone decide.
        var before = Library.Hash();
        await using var site = Library.Serve();
        using var client = site.CreateClient();

        // Act
        var article = await client.GetAsync(new Uri("/wiki/The_Salt_Orchard", UriKind.Relative));
        using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz?details", UriKind.Relative)));

        // Assert
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.True(health.RootElement.GetProperty("readOnly").GetBoolean());
        Assert.Equal(before, Library.Hash());
        Assert.Equal(["library.db"], Directory.GetFiles(Library.Folder).Select(Path.GetFileName));
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostFlagAsync(HttpClient client)
    {
        var form = await client.GetStringAsync(new Uri("/flag/The_Salt_Orchard", UriKind.Relative));
        var token = new HtmlParser().ParseDocument(form).QuerySelector("form.reader-form input[type=hidden]")!;
        using var content = new FormUrlEncodedContent(
            [new("reason", "inaccurate"), new("comment", "The runtime is 112 minutes."), new(token.GetAttribute("name")!, token.GetAttribute("value")!)]);
        using var response = await client.PostAsync(new Uri("/flag/The_Salt_Orchard", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

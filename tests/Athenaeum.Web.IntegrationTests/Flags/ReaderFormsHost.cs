using System.Net;
using AngleSharp.Html.Parser;
using Athenaeum.Web.Flags;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Athenaeum.Web.IntegrationTests.Flags;

/// <summary>
/// A minimal real server for the reader's forms: Kestrel on a free 127.0.0.1 port, a copy of the demo
/// library, the flag and mail services and endpoints, and a client that keeps cookies (the antiforgery
/// cookie) like a browser.
/// </summary>
internal sealed class ReaderFormsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private ReaderFormsHost(WebApplication app, LibraryContext library, string directory, HttpClient client)
    {
        _app = app;
        Library = library;
        _directory = directory;
        Client = client;
    }

    /// <summary>Gets the open library.</summary>
    public LibraryContext Library { get; }

    /// <summary>Gets a client with a cookie jar, addressed to the server.</summary>
    public HttpClient Client { get; }

    /// <summary>Gets the library file.</summary>
    public string LibraryPath => Library.Options.Library;

    /// <summary>Starts a server.</summary>
    /// <param name="configure">Changes the site's options (SMTP, limits).</param>
    /// <returns>The server.</returns>
    public static async Task<ReaderFormsHost> StartAsync(Action<AthenaeumOptions>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "athenaeum-forms-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var options = new AthenaeumOptions { Library = await DemoLibrary.CopyToAsync(directory) };
        configure?.Invoke(options);
        var library = LibraryContext.Open(options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = directory, EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(library);
        builder.Services.AddAthenaeumFlags();
        builder.Services.AddAthenaeumMail();
        var app = builder.Build();
        app.MapFlagEndpoints();
        app.MapMailEndpoints();
        await app.StartAsync();

        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()) };
        return new ReaderFormsHost(app, library, directory, client);
    }

    /// <summary>Opens a form page and reads its antiforgery field.</summary>
    /// <param name="path">The form's address.</param>
    /// <returns>The field's name and value.</returns>
    public async Task<KeyValuePair<string, string>> GetTokenAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {response.StatusCode}\n{html}");
        var document = new HtmlParser().ParseDocument(html);
        var input = document.QuerySelector("form.reader-form input[type=hidden]")
            ?? throw new InvalidOperationException($"GET {path}: no antiforgery field in\n{html}");
        return new(input.GetAttribute("name")!, input.GetAttribute("value")!);
    }

    /// <summary>Posts a form the way a browser would after opening it.</summary>
    /// <param name="path">The form's address.</param>
    /// <param name="fields">The fields (a name may repeat).</param>
    /// <param name="withToken">Whether to open the form first and send its antiforgery token.</param>
    /// <returns>The status and the page.</returns>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(await GetTokenAsync(path));
        }

        using var content = new FormUrlEncodedContent(all);
        using var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Library.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}

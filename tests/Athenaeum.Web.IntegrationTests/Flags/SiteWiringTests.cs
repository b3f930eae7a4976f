using System.Net;
using Athenaeum.Web.Endpoints;
using Athenaeum.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Athenaeum.Web.IntegrationTests.Flags;

public sealed class SiteWiringTests
{
    [Fact]
    public async Task ArticlePage_WithFormsRegisteredBesideTheSite_LinksToWorkingForms()
    {
        // Arrange: the site's own registration plus the lines the lead adds for the forms.
        var directory = Path.Combine(Path.GetTempPath(), "athenaeum-wiring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var library = await DemoLibrary.CopyToAsync(directory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = directory, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Athenaeum:Library"] = library,
            ["Athenaeum:SynchronizeSearchOnStart"] = "false",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddAthenaeumServices();
        var app = builder.Build();
        app.MapAthenaeumEndpoints();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        try
        {
            // Act
            var article = await client.GetStringAsync(new Uri("/wiki/Vestmarch", UriKind.Relative));
            using var flag = await client.GetAsync(new Uri("/flag/Vestmarch", UriKind.Relative));
            using var mail = await client.GetAsync(new Uri("/email/Vestmarch", UriKind.Relative));

            // Assert
            Assert.Contains("href=\"/flag/Vestmarch\"", article, StringComparison.Ordinal);
            Assert.Contains("href=\"/email/Vestmarch\"", article, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, flag.StatusCode);
            Assert.Contains("name=\"reason\"", await flag.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(flag.Headers.Contains("Content-Security-Policy"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, mail.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync(); // closes the library the site opened
        }

        Directory.Delete(directory, recursive: true);
    }
}

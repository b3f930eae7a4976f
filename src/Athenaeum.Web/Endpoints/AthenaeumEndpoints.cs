using Athenaeum.Web.Flags;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Mail;

namespace Athenaeum.Web.Endpoints;

/// <summary>Maps the reader's site: security headers on every response, then every page's route.</summary>
public static class AthenaeumEndpoints
{
    /// <summary>Adds the site's middleware and routes.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapAthenaeumEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<AthenaeumOptions>().TrustForwardedHeaders)
        {
            app.UseForwardedHeaders(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value);
        }

        app.Use(SecurityHeaders.ApplyAsync);
        app.MapHealthEndpoints();
        app.MapSiteEndpoints();
        app.MapArticleEndpoints();
        app.MapSearchEndpoints();
        app.MapCollectionEndpoints();
        app.MapFlagEndpoints();
        app.MapMailEndpoints();
        return app;
    }
}

using System.Text.Json;
using Athenaeum.Web.Caching;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Search;

namespace Athenaeum.Web.Endpoints;

/// <summary>
/// The health check <c>/healthz</c>: answers <c>ok</c> (for load balancers and scripts), and with
/// <c>?details</c> a JSON status: whether the library is served read-only and how much of it the search
/// index covers (less than all while it is being rebuilt).
/// </summary>
internal static class HealthEndpoints
{
    /// <summary>Maps the route.</summary>
    /// <param name="app">The application.</param>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", GetHealthAsync).WithName("GetHealth");
    }

    private static async Task GetHealthAsync(HttpContext context, LibraryContext library, SearchIndexStatus search)
    {
        context.Response.Headers.CacheControl = HttpResponses.NoStore;
        if (!context.Request.Query.ContainsKey("details"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("ok", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var coverage = search.Get();
        context.Response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("status", "ok");
            writer.WriteBoolean("readOnly", library.Provider.IsReadOnly);
            writer.WriteStartObject("searchIndex");
            writer.WriteString("state", coverage.IsComplete ? "complete" : library.Provider.IsReadOnly ? "incomplete" : "rebuilding");
            writer.WriteNumber("indexed", coverage.Indexed);
            writer.WriteNumber("total", coverage.Total);
            writer.WriteEndObject();
            writer.WriteEndObject();
            await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }
}

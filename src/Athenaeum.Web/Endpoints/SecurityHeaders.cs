namespace Athenaeum.Web.Endpoints;

/// <summary>
/// The headers every response carries. The Content-Security-Policy allows script only from the site
/// itself (the site has no inline script at all), so markup that slips through into an article can
/// never run script; inline <c>style</c> attributes stay allowed because MediaWiki's output is full of them.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers, then runs the rest of the pipeline.</summary>
    /// <param name="context">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task that completes with the response.</returns>
    public static Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    }
}

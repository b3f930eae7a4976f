using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Athenaeum.Web.Caching;

/// <summary>
/// Writes responses: cached ones with content negotiation (Brotli, gzip, identity) and conditional
/// requests (If-None-Match, If-Modified-Since → 304), and freshly built HTML pages.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class HttpResponses
{
    /// <summary>The Content-Type of the site's pages.</summary>
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>Cache-Control of pages that change only with an import: browsers and proxies revalidate after a minute.</summary>
    public const string RevalidateAfterAMinute = "public, max-age=60";

    /// <summary>Cache-Control of pages that must not be stored (forms with tokens, results of a POST).</summary>
    public const string NoStore = "no-store";

    /// <summary>Makes a cacheable response from a page's HTML.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="html">The HTML.</param>
    /// <param name="lastModified">The Last-Modified time.</param>
    /// <param name="generation">The library generation.</param>
    /// <param name="cacheControl">The Cache-Control value.</param>
    /// <param name="contentType">The Content-Type.</param>
    /// <returns>The response.</returns>
    public static CachedResponse Create(int statusCode, string html, DateTimeOffset lastModified, long generation, string cacheControl = RevalidateAfterAMinute, string contentType = HtmlContentType)
    {
        var body = Encoding.UTF8.GetBytes(html);
        var etag = "W/\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"";
        return new CachedResponse(statusCode, contentType, body, etag, lastModified, cacheControl, generation);
    }

    /// <summary>Writes a cached response, as 304 when the client's copy is current.</summary>
    /// <param name="context">The request.</param>
    /// <param name="response">The response.</param>
    /// <param name="compress">Whether to send a compressed form the client accepts (made once and kept); otherwise the body as is.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task WriteAsync(HttpContext context, CachedResponse response, bool compress = true)
    {
        var http = context.Response;
        var headers = http.Headers;
        headers.ETag = response.ETag;
        headers.LastModified = response.LastModified.ToString("R", CultureInfo.InvariantCulture);
        headers.CacheControl = response.CacheControl;
        headers.Vary = "Accept-Encoding";
        if (response.StatusCode == StatusCodes.Status200OK && IsNotModified(context.Request, response))
        {
            http.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var coding = compress ? Negotiate(context.Request.Headers.AcceptEncoding) : ContentCoding.Identity;
        var body = response.GetBody(coding);
        http.StatusCode = response.StatusCode;
        http.ContentType = response.ContentType;
        if (coding != ContentCoding.Identity)
        {
            headers.ContentEncoding = coding == ContentCoding.Brotli ? "br" : "gzip";
        }

        http.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : http.Body.WriteAsync(body, 0, body.Length, context.RequestAborted);
    }

    /// <summary>Writes an HTML page that is not cached.</summary>
    /// <param name="context">The request.</param>
    /// <param name="statusCode">The status code.</param>
    /// <param name="html">The HTML.</param>
    /// <param name="cacheControl">The Cache-Control value.</param>
    /// <returns>A task that completes when the page is written.</returns>
    public static Task WriteHtmlAsync(HttpContext context, int statusCode, string html, string cacheControl = NoStore)
    {
        var http = context.Response;
        http.StatusCode = statusCode;
        http.ContentType = HtmlContentType;
        http.Headers.CacheControl = cacheControl;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : http.WriteAsync(html, context.RequestAborted);
    }

    /// <summary>Picks the best coding a client accepts: Brotli, then gzip, else none.</summary>
    /// <param name="acceptEncoding">The Accept-Encoding header.</param>
    /// <returns>The coding.</returns>
    public static ContentCoding Negotiate(string? acceptEncoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding))
        {
            return ContentCoding.Identity;
        }

        bool brotli = false, gzip = false;
        foreach (var part in acceptEncoding.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var semicolon = part.IndexOf(';', StringComparison.Ordinal);
            var name = semicolon < 0 ? part : part[..semicolon].TrimEnd();
            if (semicolon >= 0 && IsZeroQuality(part[(semicolon + 1)..]))
            {
                continue;
            }

            brotli |= name.Equals("br", StringComparison.OrdinalIgnoreCase);
            gzip |= name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("*", StringComparison.Ordinal);
        }

        return brotli ? ContentCoding.Brotli : gzip ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    private static bool IsZeroQuality(string parameters)
    {
        var q = parameters.Trim();
        if (!q.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return double.TryParse(q.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value <= 0;
    }

    private static bool IsNotModified(HttpRequest request, CachedResponse response)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            foreach (var value in ifNoneMatch)
            {
                if (value is null)
                {
                    continue;
                }

                foreach (var tag in value.Split(',', StringSplitOptions.TrimEntries))
                {
                    if (tag == "*" || WeakEquals(tag, response.ETag))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var ifModifiedSince = request.Headers.IfModifiedSince.ToString();
        return ifModifiedSince.Length > 0
            && HeaderUtilities.TryParseDate(ifModifiedSince, out var since)
            && response.LastModified <= since;
    }

    private static bool WeakEquals(string a, string b)
    {
        static ReadOnlySpan<char> Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag.AsSpan(2) : tag.AsSpan();
        return Opaque(a).SequenceEqual(Opaque(b));
    }
}

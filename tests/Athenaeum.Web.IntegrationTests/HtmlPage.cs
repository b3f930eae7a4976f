using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>Fetches and parses pages.</summary>
internal static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    public static string Text(this IHtmlDocument document, string selector)
        => document.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException("No element matches " + selector);
}

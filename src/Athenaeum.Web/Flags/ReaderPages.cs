using System.Text;
using Athenaeum.Web.Pages;
using Athenaeum.Web.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Athenaeum.Web.Flags;

/// <summary>
/// Writes the pages of the reader's forms in the site's layout: the forms themselves (with their
/// antiforgery token) and the short pages after them (thank you, refused, unavailable). Every text
/// from the request or the library is escaped; the pages are never indexed or cached.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class ReaderPages
{
    private readonly PageShell _shell;
    private readonly IAntiforgery _antiforgery;

    public ReaderPages(PageShell shell, IAntiforgery antiforgery)
    {
        _shell = shell;
        _antiforgery = antiforgery;
    }

    /// <summary>Makes a page of a heading and one paragraph of text.</summary>
    /// <param name="context">The request.</param>
    /// <param name="title">The page's title and heading.</param>
    /// <param name="text">The paragraph.</param>
    /// <param name="status">The status code.</param>
    /// <param name="articleTitle">The article the page is about, linked back to, or <see langword="null"/>.</param>
    /// <returns>The response.</returns>
    public IResult Message(HttpContext context, string title, string text, int status, string? articleTitle = null)
        => Page(context, title, status, sb =>
        {
            sb.Append("<h1>").AppendEscaped(title).Append("</h1>\n<p class=\"form-message\">").AppendEscaped(text).Append("</p>\n");
            if (articleTitle is not null)
            {
                sb.Append("<p><a href=\"").AppendEscaped(WikiUrls.Article(articleTitle)).Append("\">Back to “")
                    .AppendEscaped(articleTitle).Append("”</a></p>\n");
            }
        });

    /// <summary>Makes a page holding a form.</summary>
    /// <param name="context">The request (its antiforgery cookie is set).</param>
    /// <param name="title">The page's title and heading.</param>
    /// <param name="action">The form's address.</param>
    /// <param name="error">An error to show above the form, or <see langword="null"/>.</param>
    /// <param name="status">The status code.</param>
    /// <param name="fields">Writes the form's fields and buttons.</param>
    /// <returns>The response.</returns>
    public IResult Form(HttpContext context, string title, string action, string? error, int status, Action<StringBuilder> fields)
    {
        var tokens = _antiforgery.GetAndStoreTokens(context);
        return Page(context, title, status, sb =>
        {
            sb.Append("<h1>").AppendEscaped(title).Append("</h1>\n");
            if (error is not null)
            {
                sb.Append("<p class=\"form-error\" role=\"alert\">").AppendEscaped(error).Append("</p>\n");
            }

            sb.Append("<form class=\"reader-form\" method=\"post\" action=\"").AppendEscaped(action).Append("\">\n")
                .Append("<input type=\"hidden\" name=\"").AppendEscaped(tokens.FormFieldName).Append("\" value=\"")
                .AppendEscaped(tokens.RequestToken).Append("\">\n");
            fields(sb);
            sb.Append("</form>\n");
        });
    }

    private IResult Page(HttpContext context, string title, int status, Action<StringBuilder> body)
    {
        var html = _shell.Render(new PageHead(title, NoIndex: true, BodyClass: "reader-form-page"), body);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}

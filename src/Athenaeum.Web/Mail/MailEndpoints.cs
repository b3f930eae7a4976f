using System.Globalization;
using Athenaeum.Web.Flags;
using Athenaeum.Web.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Athenaeum.Web.Mail;

/// <summary>
/// The "Email this Article" pages: <c>GET /email/{Title}</c> shows the form, <c>POST /email/{Title}</c>
/// sends the article's title, summary and link to one address. Register the services with
/// <see cref="MailServiceCollectionExtensions.AddAthenaeumMail"/> first.
/// </summary>
public static class MailEndpoints
{
    /// <summary>Maps the Email this Article pages.</summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <returns>The same routes.</returns>
    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // The handlers check the antiforgery token themselves (ReaderForms).
        endpoints.MapGet("/email/{**title}", GetMailForm).WithName("GetMailForm").DisableAntiforgery();
        endpoints.MapPost("/email/{**title}", PostMail).WithName("PostMail").DisableAntiforgery();
        return endpoints;
    }

    private static IResult GetMailForm(string? title, HttpContext context, ReaderArticleResolver articles, ReaderPages pages, ArticleMailer mailer)
    {
        var page = articles.Resolve(title);
        if (page is null)
        {
            return NotFound(context, pages);
        }

        var displayTitle = articles.DisplayTitle(page);
        if (!mailer.IsAvailable)
        {
            return Unavailable(context, pages, mailer, displayTitle);
        }

        return Form(context, pages, mailer, displayTitle, null, new FormValues(string.Empty, string.Empty, string.Empty), StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostMail(string? title, HttpContext context, ReaderArticleResolver articles, ReaderPages pages, ArticleMailer mailer, IAntiforgery antiforgery)
    {
        // A read-only library without a state database cannot log mail: refused before the form is read.
        if (!mailer.CanLog)
        {
            return pages.Message(context, "Email unavailable", mailer.UnavailableMessage, StatusCodes.Status503ServiceUnavailable);
        }

        var (form, formError, formStatus) = await ReaderForms.ReadAsync(context, antiforgery);
        if (form is null)
        {
            return pages.Message(context, "Article not sent", formError!, formStatus);
        }

        var page = articles.Resolve(title);
        if (page is null)
        {
            return NotFound(context, pages);
        }

        var displayTitle = articles.DisplayTitle(page);
        if (!mailer.IsAvailable)
        {
            return Unavailable(context, pages, mailer, displayTitle);
        }

        var single = ReaderForms.TryGetSingle(form, "to", out var to)
            & ReaderForms.TryGetSingle(form, "name", out var name)
            & ReaderForms.TryGetSingle(form, "message", out var message);
        var values = new FormValues(to, name, message);
        if (!single)
        {
            return Form(context, pages, mailer, displayTitle, "The article can be sent to one address at a time.", values, StatusCodes.Status400BadRequest);
        }

        if (BaseUrl(context, mailer) is not { } baseUrl)
        {
            return pages.Message(context, "Article not sent", "The request did not name this site's host.", StatusCodes.Status400BadRequest, displayTitle);
        }

        var request = new ArticleMailRequest(page, to, name, message, context.Connection.RemoteIpAddress, baseUrl);
        var (outcome, error) = await mailer.SendAsync(request, context.RequestAborted);
        switch (outcome)
        {
            case MailSendOutcome.Sent:
                return pages.Message(context, "Article sent", $"“{displayTitle}” has been sent. Thank you for sharing it.", StatusCodes.Status200OK, displayTitle);
            case MailSendOutcome.Invalid:
            case MailSendOutcome.Refused:
                return Form(context, pages, mailer, displayTitle, error, values, StatusCodes.Status400BadRequest);
            case MailSendOutcome.RateLimited:
                context.Response.Headers.RetryAfter = "3600";
                return pages.Message(context, "Too many messages", error!, StatusCodes.Status429TooManyRequests, displayTitle);
            case MailSendOutcome.NotConfigured:
                return Unavailable(context, pages, mailer, displayTitle);
            default:
                return pages.Message(context, "Mail server unavailable", error!, StatusCodes.Status503ServiceUnavailable, displayTitle);
        }
    }

    // The operator's public address when set (a Host header is the client's to choose); else the request's own.
    private static string? BaseUrl(HttpContext context, ArticleMailer mailer)
    {
        if (mailer.PublicUrl is { } configured)
        {
            return configured;
        }

        var host = context.Request.Host;
        return host.HasValue ? context.Request.Scheme + "://" + host.ToUriComponent() : null;
    }

    private static IResult NotFound(HttpContext context, ReaderPages pages)
        => pages.Message(context, "No such article", "The library has no article with this title.", StatusCodes.Status404NotFound);

    private static IResult Unavailable(HttpContext context, ReaderPages pages, ArticleMailer mailer, string displayTitle)
        => pages.Message(context, "Email unavailable", mailer.UnavailableMessage, StatusCodes.Status503ServiceUnavailable, displayTitle);

    private static IResult Form(HttpContext context, ReaderPages pages, ArticleMailer mailer, string displayTitle, string? error, FormValues values, int status)
    {
        var action = "/email/" + WikiUrls.Encode(displayTitle.Replace(' ', '_'));
        var limits = mailer.Limits;
        return pages.Form(context, "Email this Article: " + displayTitle, action, error, status, sb =>
        {
            sb.Append("<p>Send a link to “<a href=\"").AppendEscaped(WikiUrls.Article(displayTitle)).Append("\">")
                .AppendEscaped(displayTitle).Append("</a>” and its first paragraph to one address. The library keeps no copy of the address.</p>\n")
                .Append("<p><label for=\"mail-to\">Recipient's address</label><br>\n")
                .Append("<input id=\"mail-to\" name=\"to\" type=\"email\" required autocomplete=\"off\" maxlength=\"")
                .Append(RecipientAddress.MaxLength.ToString(CultureInfo.InvariantCulture)).Append("\" value=\"").AppendEscaped(values.To).Append("\"></p>\n")
                .Append("<p><label for=\"mail-name\">Your name (optional)</label><br>\n")
                .Append("<input id=\"mail-name\" name=\"name\" type=\"text\" autocomplete=\"name\" maxlength=\"")
                .Append(limits.MaxNameLength.ToString(CultureInfo.InvariantCulture)).Append("\" value=\"").AppendEscaped(values.Name).Append("\"></p>\n")
                .Append("<p><label for=\"mail-message\">Message (optional, at most ")
                .Append(limits.MaxMessageLength.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)</label><br>\n")
                .Append("<textarea id=\"mail-message\" name=\"message\" rows=\"6\" maxlength=\"")
                .Append(limits.MaxMessageLength.ToString(CultureInfo.InvariantCulture)).Append("\">").AppendEscaped(values.Message).Append("</textarea></p>\n")
                .Append("<p><button type=\"submit\">Send</button></p>\n");
        });
    }

    private sealed record FormValues(string To, string Name, string Message);
}

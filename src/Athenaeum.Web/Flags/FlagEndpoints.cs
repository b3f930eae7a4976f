using System.Globalization;
using Athenaeum.Storage;
using Athenaeum.Web.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Athenaeum.Web.Flags;

/// <summary>
/// The "Flag as Inappropriate" pages: <c>GET /flag/{Title}</c> shows the form, <c>POST /flag/{Title}</c>
/// stores the flag and thanks the reader. Register the services with
/// <see cref="FlagServiceCollectionExtensions.AddAthenaeumFlags"/> first.
/// </summary>
public static class FlagEndpoints
{
    /// <summary>Maps the Flag as Inappropriate pages.</summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <returns>The same routes.</returns>
    public static IEndpointRouteBuilder MapFlagEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // The handlers check the antiforgery token themselves (ReaderForms), so the pages work whether or
        // not the application adds the antiforgery middleware.
        endpoints.MapGet("/flag/{**title}", GetFlagForm).WithName("GetFlagForm").DisableAntiforgery();
        endpoints.MapPost("/flag/{**title}", PostFlag).WithName("PostFlag").DisableAntiforgery();
        return endpoints;
    }

    private static IResult GetFlagForm(string? title, HttpContext context, ReaderArticleResolver articles, ReaderPages pages, FlagService flags)
    {
        var page = articles.Resolve(title);
        if (page is null)
        {
            return NotFound(context, pages);
        }

        if (!flags.IsAvailable)
        {
            return pages.Message(context, "Flags unavailable", flags.UnavailableMessage, StatusCodes.Status503ServiceUnavailable, articles.DisplayTitle(page));
        }

        return Form(context, pages, flags, articles.DisplayTitle(page), page, null, null, string.Empty, StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostFlag(string? title, HttpContext context, ReaderArticleResolver articles, ReaderPages pages, FlagService flags, IAntiforgery antiforgery)
    {
        // A site that cannot store flags says so whatever was posted (its form page was never offered).
        if (!flags.IsAvailable)
        {
            return pages.Message(context, "Flags unavailable", flags.UnavailableMessage, StatusCodes.Status503ServiceUnavailable);
        }

        var (form, formError, formStatus) = await ReaderForms.ReadAsync(context, antiforgery);
        if (form is null)
        {
            return pages.Message(context, "Flag not sent", formError!, formStatus);
        }

        var page = articles.Resolve(title);
        if (page is null)
        {
            return NotFound(context, pages);
        }

        var displayTitle = articles.DisplayTitle(page);
        if (!ReaderForms.TryGetSingle(form, "reason", out var reason) | !ReaderForms.TryGetSingle(form, "comment", out var comment))
        {
            return Form(context, pages, flags, displayTitle, page, "Please send the form once, with one reason.", null, string.Empty, StatusCodes.Status400BadRequest);
        }

        var (outcome, message) = flags.Submit(page, reason, comment, context.Connection.RemoteIpAddress);
        switch (outcome)
        {
            case FlagOutcome.Stored:
                return pages.Message(context, "Thank you", $"Your flag of “{displayTitle}” has been sent to the editors, who will review the article.", StatusCodes.Status200OK, displayTitle);
            case FlagOutcome.RateLimited:
                context.Response.Headers.RetryAfter = "3600";
                return pages.Message(context, "Too many flags", message!, StatusCodes.Status429TooManyRequests, displayTitle);
            case FlagOutcome.Unavailable:
                return pages.Message(context, "Flags unavailable", message!, StatusCodes.Status503ServiceUnavailable, displayTitle);
            default:
                return Form(context, pages, flags, displayTitle, page, message, reason, comment, StatusCodes.Status400BadRequest);
        }
    }

    private static IResult NotFound(HttpContext context, ReaderPages pages)
        => pages.Message(context, "No such article", "The library has no article with this title.", StatusCodes.Status404NotFound);

    private static IResult Form(HttpContext context, ReaderPages pages, FlagService flags, string displayTitle, PageRecord page, string? error, string? reason, string comment, int status)
    {
        var action = "/flag/" + WikiUrls.Encode(displayTitle.Replace(' ', '_'));
        var max = flags.Limits.MaxCommentLength;
        return pages.Form(context, "Flag as Inappropriate: " + displayTitle, action, error, status, sb =>
        {
            sb.Append("<p>Tell the editors what is wrong with “<a href=\"").AppendEscaped(WikiUrls.Article(displayTitle)).Append("\">")
                .AppendEscaped(displayTitle).Append("</a>”. Your flag is private: the article does not change until an editor has reviewed it.</p>\n")
                .Append("<fieldset>\n<legend>Reason</legend>\n");
            foreach (var (code, label) in FlagReasons.All)
            {
                sb.Append("<label><input type=\"radio\" name=\"reason\" value=\"").Append(code).Append("\" required");
                if (string.Equals(code, reason, StringComparison.Ordinal))
                {
                    sb.Append(" checked");
                }

                sb.Append("> ").AppendEscaped(label).Append("</label><br>\n");
            }

            sb.Append("</fieldset>\n<label for=\"flag-comment\">Comment (optional, at most ")
                .Append(max.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)</label>\n")
                .Append("<textarea id=\"flag-comment\" name=\"comment\" rows=\"6\" maxlength=\"")
                .Append(max.ToString(CultureInfo.InvariantCulture)).Append("\">").AppendEscaped(comment).Append("</textarea>\n")
                .Append("<input type=\"hidden\" name=\"revision\" value=\"").Append(page.RevisionId.ToString(CultureInfo.InvariantCulture)).Append("\">\n")
                .Append("<p><button type=\"submit\">Send flag</button></p>\n");
        });
    }
}

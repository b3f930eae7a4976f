using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Mail;

/// <content>Composing the message and handing it to the SMTP server.</content>
internal sealed partial class ArticleMailer
{
    /// <summary>Composes the message of a checked request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="recipient">The checked recipient.</param>
    /// <returns>The message (dispose it).</returns>
    internal MailMessage Compose(ArticleMailRequest request, string recipient)
    {
        var title = _library.PrefixedTitle(request.Page.Namespace, request.Page.Title);
        var link = request.BaseUrl + WikiUrls.Article(title);
        var summary = ArticleSummary.FromWikitext(_library.Stripper, _library.Provider.Pages.GetText(request.Page.Id) ?? string.Empty);
        var name = request.SenderName.Trim();
        var site = _library.LibraryName;

        var body = new StringBuilder(2048);
        body.Append(name.Length > 0 ? name : "A reader").Append(" sent you this article from ").Append(site).Append(":\n\n")
            .Append(title).Append('\n');
        if (summary.Length > 0)
        {
            body.Append('\n').Append(summary).Append('\n');
        }

        body.Append("\nRead the article: ").Append(link).Append('\n');
        var message = request.Message.Trim();
        if (message.Length > 0)
        {
            body.Append("\nMessage from ").Append(name.Length > 0 ? name : "the sender").Append(":\n").Append(message).Append('\n');
        }

        body.Append("\n-- \nSent with \"Email this Article\" on ").Append(site).Append(" (").Append(request.BaseUrl).Append(").\n")
            .Append("The library does not know the sender's address, keeps no copy of your address and will not write to you again.\n");

        var mail = new MailMessage
        {
            From = new MailAddress(Smtp.From!, string.IsNullOrWhiteSpace(Smtp.FromName) ? site : Smtp.FromName.Trim(), Encoding.UTF8),
            Subject = (name.Length > 0 ? name + " sent you an article: " : "An article from " + site + ": ") + title,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            // RFC 5322 lines end in CRLF; bare LFs would be encoded as characters, not line breaks.
            Body = body.ToString().Replace("\n", "\r\n", StringComparison.Ordinal),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        mail.To.Add(new MailAddress(recipient));
        mail.Headers.Add("Auto-Submitted", "auto-generated");
        return mail;
    }

    private async Task<(MailOutcome Outcome, string? Error)> DeliverAsync(ArticleMailRequest request, string recipient, CancellationToken cancellationToken)
    {
        using var mail = Compose(request, recipient);
        using var client = new SmtpClient(Smtp.Host!.Trim(), Smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = Smtp.StartTls,
            UseDefaultCredentials = false,
            Timeout = Math.Max(1, Smtp.TimeoutSeconds) * 1000,
        };
        if (!string.IsNullOrEmpty(Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(Smtp.UserName, Smtp.Password ?? string.Empty);
        }

        // SmtpClient.Timeout covers only synchronous sends; the asynchronous one is bounded here.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, Smtp.TimeoutSeconds)));
        try
        {
            await client.SendMailAsync(mail, timeout.Token);
            return (MailOutcome.Sent, null);
        }
        catch (SmtpFailedRecipientException ex)
        {
            // The server's text may quote the recipient; only the status code is kept.
            LogFailed(ex.StatusCode.ToString(), Smtp.Host!, Smtp.Port);
            return (MailOutcome.Refused, ex.StatusCode.ToString());
        }
        catch (SmtpException ex)
        {
            var code = ex.InnerException is { } inner ? inner.GetType().Name : ex.StatusCode.ToString();
            LogFailed(code, Smtp.Host!, Smtp.Port);
            return (MailOutcome.ServerError, code);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed("Timeout", Smtp.Host!, Smtp.Port);
            return (MailOutcome.ServerError, "Timeout");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email this Article: the mail server {Host}:{Port} failed ({Error})")]
    private partial void LogFailed(string error, string host, int port);
}

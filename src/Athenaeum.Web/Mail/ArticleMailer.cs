using Athenaeum.Storage;
using Athenaeum.Web.Flags;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Mail;

/// <summary>
/// Sends an article by mail for a reader through the operator's SMTP server, without becoming an open
/// relay: one checked recipient, no line breaks in anything that reaches a header, a message within
/// its limit, and hourly limits per reader and for the whole site. Every attempt that reached the mail
/// server is logged with keyed hashes of both addresses.
/// </summary>
/// <remarks>Thread-safe. Rate checks count the log plus the sends still under way, in one step.</remarks>
internal sealed partial class ArticleMailer
{
    private readonly LibraryContext _library;
    private readonly ReaderAddressHasher _hasher;
    private readonly TimeProvider _clock;
    private readonly ILogger<ArticleMailer> _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _pending = new(StringComparer.Ordinal);
    private int _pendingTotal;

    public ArticleMailer(LibraryContext library, ReaderAddressHasher hasher, TimeProvider clock, ILogger<ArticleMailer> logger)
    {
        _library = library;
        _hasher = hasher;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Gets the limits.</summary>
    public LimitOptions Limits => _library.Options.Limits;

    /// <summary>Gets a value indicating whether sent mail can be logged (a writable library, or a read-only one with a state database).</summary>
    public bool CanLog => _library.AcceptsReaderInput;

    /// <summary>Gets a value indicating whether mail is configured, and configured safely.</summary>
    public bool IsAvailable => Smtp.IsConfigured && ConfigurationProblem is null && _library.AcceptsReaderInput;

    /// <summary>Gets the operator's public address without a trailing slash, or <see langword="null"/> when unset or not an absolute http(s) address.</summary>
    public string? PublicUrl
        => Uri.TryCreate(_library.Options.PublicUrl?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;

    private SmtpOptions Smtp => _library.Options.Smtp;

    // Credentials are never sent over a plain connection; a From that is not an address cannot be sent.
    private string? ConfigurationProblem
        => !string.IsNullOrEmpty(Smtp.UserName) && !Smtp.StartTls ? "Smtp:UserName is set but Smtp:StartTls is off; credentials are only sent over TLS."
            : !RecipientAddress.TryParse(Smtp.From, out _) ? "Smtp:From is not a valid mail address."
            : Smtp.Port is < 1 or > 65535 ? "Smtp:Port must be between 1 and 65535."
            : null;

    /// <summary>Checks, sends and logs a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The outcome and the reader's message (refusals and failures).</returns>
    public async Task<(MailSendOutcome Outcome, string? Message)> SendAsync(ArticleMailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsAvailable)
        {
            if (Smtp.IsConfigured && ConfigurationProblem is { } problem)
            {
                LogMisconfigured(problem);
            }

            return (MailSendOutcome.NotConfigured, UnavailableMessage);
        }

        if (Validate(request, out var recipient) is { } invalid)
        {
            return (MailSendOutcome.Invalid, invalid);
        }

        var clientHash = _hasher.HashClient(request.Client);
        if (Reserve(clientHash) is { } limited)
        {
            return (MailSendOutcome.RateLimited, limited);
        }

        try
        {
            var (outcome, error) = await DeliverAsync(request, recipient, cancellationToken);
            _library.Stores.MailLog.Add(new MailLogEntry(
                0,
                request.Page.Id,
                _clock.GetUtcNow(),
                clientHash,
                _hasher.HashRecipient(recipient),
                outcome,
                error));
            return outcome switch
            {
                MailOutcome.Sent => (MailSendOutcome.Sent, null),
                MailOutcome.Refused => (MailSendOutcome.Refused, "The mail server refused to deliver to this address. Please check it and try again."),
                _ => (MailSendOutcome.ServerError, "The library's mail server could not be reached, so the article was not sent. Please try again later."),
            };
        }
        finally
        {
            Release(clientHash);
        }
    }

    /// <summary>Gets what the form says when mail cannot be sent: the library cannot log it, or no mail server is configured.</summary>
    public string UnavailableMessage => _library.AcceptsReaderInput ? NotConfiguredMessage : _library.ReaderInputUnavailableMessage;

    /// <summary>Gets the reader's message when mail is off.</summary>
    public static string NotConfiguredMessage => "This library does not send mail: the operator has not configured a mail server.";

    private string? Validate(ArticleMailRequest request, out string recipient)
    {
        recipient = string.Empty;
        if (!RecipientAddress.TryParse(request.Recipient, out var address))
        {
            return "Please enter one valid address, such as name@example.org.";
        }

        recipient = address!;
        if (request.SenderName.Length > Limits.MaxNameLength)
        {
            return $"Your name may be at most {Limits.MaxNameLength:N0} characters long.";
        }

        if (request.SenderName.Any(char.IsControl))
        {
            return "Your name may not contain line breaks or control characters.";
        }

        if (request.Message.Length > Limits.MaxMessageLength)
        {
            return $"The message is {request.Message.Length:N0} characters long; the limit is {Limits.MaxMessageLength:N0}.";
        }

        if (request.Message.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return "The message may not contain control characters.";
        }

        return null;
    }

    private string? Reserve(string clientHash)
    {
        var since = _clock.GetUtcNow().AddHours(-1);
        lock (_lock)
        {
            var mine = _library.Stores.MailLog.CountSince(clientHash, since) + _pending.GetValueOrDefault(clientHash);
            if (mine >= Limits.EmailsPerAddressPerHour)
            {
                return "You have mailed too many articles in the last hour. Please try again later.";
            }

            if (_library.Stores.MailLog.CountSince(null, since) + _pendingTotal >= Limits.EmailsPerHour)
            {
                return "The library has mailed as many articles as it may this hour. Please try again later.";
            }

            _pending[clientHash] = _pending.GetValueOrDefault(clientHash) + 1;
            _pendingTotal++;
            return null;
        }
    }

    private void Release(string clientHash)
    {
        lock (_lock)
        {
            _pendingTotal--;
            if (--_pending[clientHash] == 0)
            {
                _pending.Remove(clientHash);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Email this Article is off because its settings are unsafe: {Problem}")]
    private partial void LogMisconfigured(string problem);
}

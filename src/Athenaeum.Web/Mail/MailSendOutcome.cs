namespace Athenaeum.Web.Mail;

/// <summary>What became of an "Email this Article" request.</summary>
internal enum MailSendOutcome
{
    /// <summary>The mail server accepted the message.</summary>
    Sent,

    /// <summary>The form's content was refused (address, name, message); nothing was sent or logged.</summary>
    Invalid,

    /// <summary>The reader's address or the whole site reached its hourly limit; nothing was sent or logged.</summary>
    RateLimited,

    /// <summary>The operator has not configured mail; nothing was sent or logged.</summary>
    NotConfigured,

    /// <summary>The mail server could not be reached or failed; logged, not sent.</summary>
    ServerError,

    /// <summary>The mail server refused the recipient; logged, not sent.</summary>
    Refused,
}

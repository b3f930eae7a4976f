namespace Athenaeum.Storage;

/// <summary>How an "Email this Article" attempt went.</summary>
public enum MailOutcome
{
    /// <summary>The mail server accepted the message.</summary>
    Sent = 0,

    /// <summary>The mail server could not be reached or failed.</summary>
    ServerError = 1,

    /// <summary>The mail server refused the recipient.</summary>
    Refused = 2,
}

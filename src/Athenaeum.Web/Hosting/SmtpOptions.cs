namespace Athenaeum.Web.Hosting;

/// <summary>The mail server "Email this Article" sends through (configuration section <c>Athenaeum:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>Gets or sets the server's host name; mail is off when empty.</summary>
    public string? Host { get; set; }

    /// <summary>Gets or sets the port (587 for submission with STARTTLS, 25 for a local relay).</summary>
    public int Port { get; set; } = 587;

    /// <summary>Gets or sets a value indicating whether to upgrade the connection with STARTTLS (required when credentials are set).</summary>
    public bool StartTls { get; set; } = true;

    /// <summary>Gets or sets the user name, or empty for no authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Gets or sets the password.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the sender address of every message (required for mail to be on).</summary>
    public string? From { get; set; }

    /// <summary>Gets or sets the sender's display name; the library's name when empty.</summary>
    public string? FromName { get; set; }

    /// <summary>Gets or sets how long to wait for the server, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>Gets a value indicating whether mail is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}

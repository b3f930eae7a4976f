namespace Athenaeum.Storage;

/// <summary>One "Email this Article" attempt.</summary>
/// <param name="Id">The entry's id (0 before it is stored).</param>
/// <param name="PageId">The library's page id.</param>
/// <param name="SentAt">When the attempt was made.</param>
/// <param name="AddressHash">The keyed hash of the reader's address.</param>
/// <param name="RecipientHash">The keyed hash of the recipient's address.</param>
/// <param name="Outcome">How it went.</param>
/// <param name="Error">What went wrong, or <see langword="null"/>.</param>
public sealed record MailLogEntry(long Id, long PageId, DateTimeOffset SentAt, string AddressHash, string RecipientHash, MailOutcome Outcome, string? Error);

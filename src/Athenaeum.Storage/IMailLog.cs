namespace Athenaeum.Storage;

/// <summary>The log of "Email this Article" sends: when, which page, keyed hashes of the reader's address and of the recipient, and how it went.</summary>
/// <remarks>Thread-safe; share one instance.</remarks>
public interface IMailLog
{
    /// <summary>Records a send attempt.</summary>
    /// <param name="entry">The entry; its <see cref="MailLogEntry.Id"/> is ignored.</param>
    /// <returns>The stored entry with its id.</returns>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    MailLogEntry Add(MailLogEntry entry);

    /// <summary>Counts the attempts since a time, of one address or of everyone.</summary>
    /// <param name="addressHash">The keyed hash of the reader's address, or <see langword="null"/> for all readers.</param>
    /// <param name="since">The start of the window.</param>
    /// <returns>The number of attempts.</returns>
    long CountSince(string? addressHash, DateTimeOffset since);

    /// <summary>Lists the latest entries, newest first.</summary>
    /// <param name="limit">The most entries to return.</param>
    /// <returns>The entries.</returns>
    IReadOnlyList<MailLogEntry> ListLatest(int limit);
}

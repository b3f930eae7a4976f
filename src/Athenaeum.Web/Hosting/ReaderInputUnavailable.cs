using Athenaeum.Storage;

namespace Athenaeum.Web.Hosting;

/// <summary>
/// The flag store and mail log of a read-only library with no writable state database: reads find nothing,
/// writes fail with the reason. The Flag and Email forms check <see cref="LibraryContext.AcceptsReaderInput"/>
/// first and answer 503, so a write reaching here is a bug reported clearly rather than a lost flag.
/// </summary>
/// <remarks>Thread-safe: stateless.</remarks>
internal sealed class ReaderInputUnavailable(string reason) : IFlagStore, IMailLog
{
    /// <inheritdoc/>
    public ContentFlag Add(ContentFlag flag) => throw new LibraryException(reason);

    /// <inheritdoc/>
    long IFlagStore.CountSince(string addressHash, DateTimeOffset since) => 0;

    /// <inheritdoc/>
    public IReadOnlyList<ContentFlag> List(FlagStatus status, long afterId, int limit) => [];

    /// <inheritdoc/>
    public ContentFlag? Get(long id) => null;

    /// <inheritdoc/>
    public bool Resolve(long id, FlagStatus status, string handledBy, DateTimeOffset handledAt, string? note) => throw new LibraryException(reason);

    /// <inheritdoc/>
    public MailLogEntry Add(MailLogEntry entry) => throw new LibraryException(reason);

    /// <inheritdoc/>
    long IMailLog.CountSince(string? addressHash, DateTimeOffset since) => 0;

    /// <inheritdoc/>
    public IReadOnlyList<MailLogEntry> ListLatest(int limit) => [];
}

namespace Athenaeum.Storage;

/// <summary>
/// Readers' flags of articles ("Flag as Inappropriate"): stored with the page, its revision, the reason,
/// the comment and a keyed hash of the reader's address (never the address), waiting for an editor.
/// </summary>
/// <remarks>Thread-safe; share one instance.</remarks>
public interface IFlagStore
{
    /// <summary>Stores a new flag with status <see cref="FlagStatus.Open"/>.</summary>
    /// <param name="flag">The flag; its <see cref="ContentFlag.Id"/> is ignored.</param>
    /// <returns>The stored flag with its id.</returns>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    ContentFlag Add(ContentFlag flag);

    /// <summary>Counts the flags an address hash made since a time (for the rate limit).</summary>
    /// <param name="addressHash">The keyed hash of the reader's address.</param>
    /// <param name="since">The start of the window.</param>
    /// <returns>The number of flags.</returns>
    long CountSince(string addressHash, DateTimeOffset since);

    /// <summary>Lists flags with a status, oldest first (the editors' queue).</summary>
    /// <param name="status">The status.</param>
    /// <param name="afterId">The last id already listed (0 to start).</param>
    /// <param name="limit">The most flags to return.</param>
    /// <returns>The flags.</returns>
    IReadOnlyList<ContentFlag> List(FlagStatus status, long afterId, int limit);

    /// <summary>Gets a flag by id.</summary>
    /// <param name="id">The flag's id.</param>
    /// <returns>The flag, or <see langword="null"/>.</returns>
    ContentFlag? Get(long id);

    /// <summary>Records an editor's decision on a flag.</summary>
    /// <param name="id">The flag's id.</param>
    /// <param name="status">The new status.</param>
    /// <param name="handledBy">The editor.</param>
    /// <param name="handledAt">When.</param>
    /// <param name="note">The editor's note, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the flag exists.</returns>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    bool Resolve(long id, FlagStatus status, string handledBy, DateTimeOffset handledAt, string? note);
}

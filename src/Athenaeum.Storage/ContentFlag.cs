namespace Athenaeum.Storage;

/// <summary>A reader's flag of an article.</summary>
/// <param name="Id">The flag's id (0 before it is stored).</param>
/// <param name="PageId">The library's page id.</param>
/// <param name="RevisionId">The revision the reader saw.</param>
/// <param name="Reason">The reason's code ("copyright", "inaccurate", "offensive", "spam", "other").</param>
/// <param name="Comment">The reader's comment ("" when none).</param>
/// <param name="AddressHash">The keyed hash of the reader's address.</param>
/// <param name="CreatedAt">When the flag was made.</param>
/// <param name="Status">Where the flag stands.</param>
/// <param name="HandledBy">The editor who acted on it, or <see langword="null"/>.</param>
/// <param name="HandledAt">When the editor acted, or <see langword="null"/>.</param>
/// <param name="Note">The editor's note, or <see langword="null"/>.</param>
public sealed record ContentFlag(
    long Id,
    long PageId,
    long RevisionId,
    string Reason,
    string Comment,
    string AddressHash,
    DateTimeOffset CreatedAt,
    FlagStatus Status = FlagStatus.Open,
    string? HandledBy = null,
    DateTimeOffset? HandledAt = null,
    string? Note = null);

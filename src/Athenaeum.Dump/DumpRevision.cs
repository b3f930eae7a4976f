namespace Athenaeum.Dump;

/// <summary>One <c>&lt;revision&gt;</c> of a page.</summary>
/// <param name="Id">The revision id.</param>
/// <param name="ParentId">The parent revision id, or <see langword="null"/>.</param>
/// <param name="Timestamp">When the revision was saved (UTC).</param>
/// <param name="Contributor">Who saved it, or <see langword="null"/> when the contributor is deleted.</param>
/// <param name="Comment">The edit summary, or <see langword="null"/>.</param>
/// <param name="Minor">Whether the edit is marked minor.</param>
/// <param name="Model">The content model, for example "wikitext" or "Scribunto"; "wikitext" when absent.</param>
/// <param name="Format">The content format, for example "text/x-wiki".</param>
/// <param name="Text">The revision text, or <see langword="null"/> when deleted or not included.</param>
/// <param name="Bytes">The text's size in bytes as the export states it, or <see langword="null"/>.</param>
/// <param name="Sha1">The base-36 SHA-1 of the text as the export states it, or <see langword="null"/>.</param>
/// <param name="Deleted">Which parts the export marks <c>deleted</c>.</param>
public sealed record DumpRevision(
    long Id,
    long? ParentId,
    DateTimeOffset Timestamp,
    DumpContributor? Contributor,
    string? Comment,
    bool Minor,
    string Model,
    string? Format,
    string? Text,
    long? Bytes,
    string? Sha1,
    RevisionDeletion Deleted);

namespace Athenaeum.Dump;

/// <summary>One <c>&lt;page&gt;</c> of an export with its revisions, in document order.</summary>
/// <param name="Title">The full title with its namespace prefix, as the export gives it.</param>
/// <param name="Namespace">The namespace number (<c>ns</c>).</param>
/// <param name="Id">The page id on the source wiki.</param>
/// <param name="RedirectTarget">The <c>&lt;redirect title="…"/&gt;</c> target, or <see langword="null"/>.</param>
/// <param name="Revisions">The page's revisions in document order (a pages-articles dump has one).</param>
/// <param name="SourceOffset">
/// Where the page came from in the file: for a multistream dump, the byte offset of the bz2 stream
/// that holds the page's start; for other files, the byte offset of the compressed or plain input at
/// which the page was read. Importers use it to report positions and to resume.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DumpPage(
    string Title,
    int Namespace,
    long Id,
    string? RedirectTarget,
    IReadOnlyList<DumpRevision> Revisions,
    long SourceOffset)
{
    /// <summary>Gets the newest revision (the last one in document order), or <see langword="null"/> when the page has none.</summary>
    public DumpRevision? LatestRevision => Revisions.Count == 0 ? null : Revisions[^1];
}

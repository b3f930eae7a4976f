using Athenaeum.Dump;
using Athenaeum.Storage;

namespace Athenaeum.Import;

/// <summary>A page after the parallel stage: ready to write, probably unchanged, or to skip.</summary>
/// <param name="Kind">What the writer does with it.</param>
/// <param name="SourcePageId">The source page id.</param>
/// <param name="RevisionId">The latest revision's id, or 0 without revision.</param>
/// <param name="RevisionTimestamp">The latest revision's timestamp, or <see langword="null"/>.</param>
/// <param name="Target">The page's namespace and title.</param>
/// <param name="SourceOffset">Where the dump reader found it.</param>
/// <param name="Write">The page to write (<see cref="PreparedPageKind.Write"/>).</param>
/// <param name="Source">The dump page, kept for an unchanged candidate in case it must be written after all.</param>
internal sealed record PreparedPage(
    PreparedPageKind Kind,
    long SourcePageId,
    long RevisionId,
    DateTimeOffset? RevisionTimestamp,
    LinkTarget Target,
    long SourceOffset,
    PageWrite? Write,
    DumpPage? Source);

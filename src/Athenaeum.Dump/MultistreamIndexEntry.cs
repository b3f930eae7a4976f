namespace Athenaeum.Dump;

/// <summary>One line of a multistream index: where a page's bz2 stream starts, the page id and its title.</summary>
/// <param name="StreamOffset">The byte offset of the bz2 stream holding the page.</param>
/// <param name="PageId">The page id.</param>
/// <param name="Title">The full title with its namespace prefix.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MultistreamIndexEntry(long StreamOffset, long PageId, string Title);

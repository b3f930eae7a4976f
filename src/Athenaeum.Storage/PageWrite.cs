namespace Athenaeum.Storage;

/// <summary>A page as the importer hands it to the library: metadata, compressed text and scanned links.</summary>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The title without namespace prefix, with spaces.</param>
/// <param name="SourcePageId">The page id on the source wiki.</param>
/// <param name="RevisionId">The revision id.</param>
/// <param name="RevisionTimestamp">When the revision was saved.</param>
/// <param name="Contributor">The user name or IP, or <see langword="null"/>.</param>
/// <param name="ContentModel">The content model.</param>
/// <param name="RedirectTarget">Where the page redirects, or <see langword="null"/>.</param>
/// <param name="TextSha1">The text's base-36 SHA-1.</param>
/// <param name="Text">The compressed text.</param>
/// <param name="Links">What the text links to.</param>
/// <remarks>Immutable.</remarks>
public sealed record PageWrite(
    int Namespace,
    string Title,
    long SourcePageId,
    long RevisionId,
    DateTimeOffset RevisionTimestamp,
    string? Contributor,
    string ContentModel,
    LinkTarget? RedirectTarget,
    string TextSha1,
    CompressedText Text,
    PageLinks Links)
{
    /// <summary>
    /// Gets the page's search-index document, built by the import's workers (its <see cref="SearchDocument.PageId"/> is
    /// filled in by the writer), or <see langword="null"/> when the page is not indexed or the caller leaves indexing to
    /// the search index's own synchronizer. The writer replaces the page's search entry in the page's transaction.
    /// </summary>
    public SearchDocument? Search { get; init; }
}

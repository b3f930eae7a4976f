namespace Athenaeum.Storage;

/// <summary>A page as the search index stores it.</summary>
/// <param name="PageId">The library's page id.</param>
/// <param name="RevisionId">The revision the text comes from (the index is stale when the page's revision differs).</param>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The title without namespace prefix, with spaces.</param>
/// <param name="NormalizedTitle">The title folded for prefix matching (lowercase, without diacritics, single spaces).</param>
/// <param name="RedirectTitle">For a redirect: the target's title with its namespace prefix ("Category:Films"); a redirect gets no full-text entry. Otherwise <see langword="null"/>.</param>
/// <param name="Body">The article's plain text for the full-text index ("" for a redirect).</param>
/// <param name="Trigrams">The packed trigrams of <paramref name="NormalizedTitle"/>, each once.</param>
public sealed record SearchDocument(
    long PageId,
    long RevisionId,
    int Namespace,
    string Title,
    string NormalizedTitle,
    string? RedirectTitle,
    string Body,
    IReadOnlyCollection<long> Trigrams)
{
    /// <summary>Gets <see cref="Body"/> already compressed for the index's stored text, when its producer compressed it
    /// (the import's parallel workers do, so that the single writer does not); otherwise the index compresses it.</summary>
    public CompressedText? StoredBody { get; init; }
}

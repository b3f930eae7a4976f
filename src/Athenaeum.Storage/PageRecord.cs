namespace Athenaeum.Storage;

/// <summary>A page's metadata as the library holds it (without its text).</summary>
/// <param name="Id">The library's own page id.</param>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The title without namespace prefix, with spaces.</param>
/// <param name="SourcePageId">The page id on the source wiki (unique in the library).</param>
/// <param name="ReproductionDate">When this library first stored the page; kept on later updates.</param>
/// <param name="RevisionId">The stored revision's id on the source wiki.</param>
/// <param name="RevisionTimestamp">When the stored revision was saved on the source wiki.</param>
/// <param name="Contributor">Who saved the stored revision (user name or IP), or <see langword="null"/> when hidden.</param>
/// <param name="ContentModel">The content model, for example "wikitext" or "Scribunto".</param>
/// <param name="RedirectTarget">Where the page redirects, or <see langword="null"/>.</param>
/// <param name="TextLength">The text's length in UTF-8 bytes (MediaWiki's <c>page_len</c>).</param>
/// <param name="TextSha1">The text's SHA-1 in base 36, as MediaWiki exports it.</param>
/// <param name="IsRemoved">Whether a newer dump no longer has the page.</param>
/// <param name="UpdatedAt">When the library last changed this page.</param>
/// <remarks>Immutable.</remarks>
public sealed record PageRecord(
    long Id,
    int Namespace,
    string Title,
    long SourcePageId,
    DateTimeOffset ReproductionDate,
    long RevisionId,
    DateTimeOffset RevisionTimestamp,
    string? Contributor,
    string ContentModel,
    LinkTarget? RedirectTarget,
    long TextLength,
    string TextSha1,
    bool IsRemoved,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Gets the Article Id (<c>WHEBN</c> + the source page id on ten digits).</summary>
    public string ArticleId => ArticleIdentifier.Format(SourcePageId);

    /// <summary>Gets a value indicating whether the page is a redirect.</summary>
    public bool IsRedirect => RedirectTarget is not null;
}

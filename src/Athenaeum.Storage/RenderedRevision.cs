namespace Athenaeum.Storage;

/// <summary>A cached rendering of a page's stored revision.</summary>
/// <param name="PageId">The library's page id.</param>
/// <param name="RevisionId">The revision that was rendered; a rendering of an older revision is stale.</param>
/// <param name="RendererVersion">The renderer version that produced it; a rendering by another version is stale.</param>
/// <param name="Html">The HTML.</param>
/// <param name="RenderedAt">When it was rendered.</param>
/// <param name="Metadata">Optional renderer data stored beside the HTML (for example sections or display title as JSON), or <see langword="null"/>.</param>
public sealed record RenderedRevision(
    long PageId,
    long RevisionId,
    string RendererVersion,
    string Html,
    DateTimeOffset RenderedAt,
    string? Metadata = null);

namespace Athenaeum.Storage;

/// <summary>
/// The rendered-HTML cache: one rendering per page, tagged with the revision and renderer version
/// it was made from, so that the web serves stored HTML and re-renders only when either changes.
/// Updating a page's revision or removing it drops its rendering.
/// </summary>
/// <remarks>Thread-safe; share one instance. HTML is stored compressed.</remarks>
public interface IRenderCache
{
    /// <summary>Gets a page's cached rendering, whatever its revision and renderer version (check them).</summary>
    /// <param name="pageId">The library's page id.</param>
    /// <returns>The rendering, or <see langword="null"/>.</returns>
    RenderedRevision? Get(long pageId);

    /// <summary>Stores a rendering, replacing the page's previous one.</summary>
    /// <param name="rendering">The rendering.</param>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    void Put(RenderedRevision rendering);

    /// <summary>Drops a page's rendering.</summary>
    /// <param name="pageId">The library's page id.</param>
    void Remove(long pageId);

    /// <summary>Drops every rendering made by another renderer version.</summary>
    /// <param name="currentRendererVersion">The version whose renderings stay.</param>
    /// <returns>How many renderings were dropped.</returns>
    long RemoveOtherVersions(string currentRendererVersion);
}

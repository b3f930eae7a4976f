namespace Athenaeum.Storage;

/// <summary>Reads what wiki a library holds, and counts what it holds.</summary>
/// <remarks>Thread-safe; share one instance.</remarks>
public interface ISiteStore
{
    /// <summary>Gets the wiki the library holds.</summary>
    /// <returns>The site, or <see langword="null"/> when nothing has been imported yet.</returns>
    LibrarySite? GetSite();

    /// <summary>Counts pages per namespace, redirects, categories and links, and measures the size on disk.</summary>
    /// <returns>The statistics (a full count: seconds on a library of millions of pages).</returns>
    LibraryStatistics GetStatistics();
}

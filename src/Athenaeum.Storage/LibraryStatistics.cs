namespace Athenaeum.Storage;

/// <summary>What a library holds, counted.</summary>
/// <param name="SchemaVersion">The library's schema version.</param>
/// <param name="PagesPerNamespace">Current pages per namespace, by namespace number.</param>
/// <param name="Pages">Current pages (not removed), redirects included.</param>
/// <param name="Redirects">Current redirects.</param>
/// <param name="RemovedPages">Pages marked removed because a newer dump no longer had them.</param>
/// <param name="Categories">Distinct categories that current pages belong to.</param>
/// <param name="CategoryLinks">Page-to-category memberships.</param>
/// <param name="PageLinks">Page-to-page links.</param>
/// <param name="TemplateLinks">Transclusions (templates and modules used).</param>
/// <param name="ImageLinks">File uses.</param>
/// <param name="RenderedPages">Pages with a cached rendering.</param>
/// <param name="SizeOnDisk">The library's size on disk in bytes, journal files included.</param>
public sealed record LibraryStatistics(
    int SchemaVersion,
    IReadOnlyList<NamespaceCount> PagesPerNamespace,
    long Pages,
    long Redirects,
    long RemovedPages,
    long Categories,
    long CategoryLinks,
    long PageLinks,
    long TemplateLinks,
    long ImageLinks,
    long RenderedPages,
    long SizeOnDisk);

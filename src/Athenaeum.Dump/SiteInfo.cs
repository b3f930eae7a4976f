namespace Athenaeum.Dump;

/// <summary>
/// The <c>&lt;siteinfo&gt;</c> block of a MediaWiki XML export: the wiki's name, address, case rule
/// and namespaces.
/// </summary>
/// <param name="SiteName">The wiki's name (<c>sitename</c>), for example "Wikipedia".</param>
/// <param name="DatabaseName">The database name (<c>dbname</c>), for example "fatwiki"; may be empty in old exports.</param>
/// <param name="Base">The URL of the main page (<c>base</c>).</param>
/// <param name="Generator">The MediaWiki version that wrote the export.</param>
/// <param name="Case">The title case rule: "first-letter" or "case-sensitive".</param>
/// <param name="Namespaces">The namespaces the export declares, in document order.</param>
/// <param name="Language">
/// The content language code: the export's <c>xml:lang</c>, else derived from <c>dbname</c>
/// (<c>fatwiki</c> → <c>fat</c>) or the host of <c>base</c>, else "en".
/// </param>
/// <param name="SchemaVersion">The export schema version, for example "0.11".</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SiteInfo(
    string SiteName,
    string DatabaseName,
    string Base,
    string Generator,
    string Case,
    IReadOnlyList<NamespaceDefinition> Namespaces,
    string Language,
    string SchemaVersion);

namespace Athenaeum.Storage;

/// <summary>The wiki a library holds: what the dump's siteinfo says, and which dump it came from.</summary>
/// <param name="SiteName">The wiki's name ("Wikipedia").</param>
/// <param name="DatabaseName">The wiki's database name ("fatwiki"); a library holds exactly one wiki.</param>
/// <param name="Language">The content language code ("fat").</param>
/// <param name="BaseUrl">The URL of the source wiki's main page.</param>
/// <param name="Case">The title case rule: "first-letter" or "case-sensitive".</param>
/// <param name="Generator">The MediaWiki version that wrote the dump.</param>
/// <param name="Namespaces">The namespaces, by number.</param>
/// <param name="SourceDumpFile">The file name of the last dump imported, or <see langword="null"/>.</param>
/// <param name="DumpDate">The date of that dump (from its file name, else its newest revision), or <see langword="null"/>.</param>
/// <param name="ExportSchemaVersion">The dump's export schema version ("0.11").</param>
/// <remarks>Immutable.</remarks>
public sealed record LibrarySite(
    string SiteName,
    string DatabaseName,
    string Language,
    string BaseUrl,
    string Case,
    string Generator,
    IReadOnlyList<LibraryNamespace> Namespaces,
    string? SourceDumpFile,
    DateOnly? DumpDate,
    string ExportSchemaVersion);

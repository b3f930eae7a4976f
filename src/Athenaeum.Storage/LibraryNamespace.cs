namespace Athenaeum.Storage;

/// <summary>A namespace of the library's wiki, as the dump's siteinfo declared it.</summary>
/// <param name="Id">The namespace number.</param>
/// <param name="Name">The local name ("" for the main namespace).</param>
/// <param name="CanonicalName">The English canonical name ("Template"), or "" when the namespace has none.</param>
/// <param name="Case">The title case rule: "first-letter" or "case-sensitive".</param>
public sealed record LibraryNamespace(int Id, string Name, string CanonicalName, string Case);

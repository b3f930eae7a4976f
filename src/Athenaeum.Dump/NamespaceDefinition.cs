namespace Athenaeum.Dump;

/// <summary>One <c>&lt;namespace&gt;</c> of an export's siteinfo.</summary>
/// <param name="Id">The namespace number (<c>key</c>), for example 10 for templates.</param>
/// <param name="Name">The localized name as the export gives it; empty for the main namespace.</param>
/// <param name="Case">The case rule of titles in this namespace: "first-letter" or "case-sensitive".</param>
public sealed record NamespaceDefinition(int Id, string Name, string Case);

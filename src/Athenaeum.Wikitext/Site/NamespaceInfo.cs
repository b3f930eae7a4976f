namespace Athenaeum.Wikitext.Site;

/// <summary>A namespace of a wiki: its number, names and title case rule.</summary>
/// <param name="Id">The namespace number (0 main, 10 Template, 14 Category, 828 Module …).</param>
/// <param name="Name">The local name used when printing titles ("Nhwɛdo" for 10 on the Fante wiki); empty for 0.</param>
/// <param name="CanonicalName">The English canonical name ("Template"), which every wiki also accepts; empty for 0.</param>
/// <param name="Aliases">Further accepted names ("Image" for File, "WP" for Project …).</param>
/// <param name="FirstLetterCase">Whether the first letter of titles is uppercased ("first-letter"), as opposed to "case-sensitive".</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NamespaceInfo(int Id, string Name, string CanonicalName, IReadOnlyList<string> Aliases, bool FirstLetterCase = true)
{
    /// <summary>Gets a value indicating whether this is a talk namespace (odd, non-negative number).</summary>
    public bool IsTalk => Id >= 0 && Id % 2 == 1;
}

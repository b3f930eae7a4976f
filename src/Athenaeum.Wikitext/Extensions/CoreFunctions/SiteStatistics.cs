namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// The counts behind <c>{{NUMBEROFARTICLES}}</c> and family (MediaWiki's site_stats table). The
/// defaults are those of a freshly installed MediaWiki 1.39 before anything is imported: two users
/// (the administrator, in the sysop, bureaucrat and interface-admin groups, and "MediaWiki
/// default"), one of them active, no pages counted. An importer sets the counts it knows
/// (articles, pages, edits, files) from the dump.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SiteStatistics
{
    /// <summary>Gets the number of content pages ({{NUMBEROFARTICLES}}).</summary>
    public long Articles { get; init; }

    /// <summary>Gets the number of pages of every namespace ({{NUMBEROFPAGES}}).</summary>
    public long Pages { get; init; }

    /// <summary>Gets the number of uploaded files ({{NUMBEROFFILES}}).</summary>
    public long Files { get; init; }

    /// <summary>Gets the number of edits ({{NUMBEROFEDITS}}).</summary>
    public long Edits { get; init; }

    /// <summary>Gets the number of registered users ({{NUMBEROFUSERS}}).</summary>
    public long Users { get; init; } = 2;

    /// <summary>Gets the number of recently active users ({{NUMBEROFACTIVEUSERS}}).</summary>
    public long ActiveUsers { get; init; } = 1;

    /// <summary>Gets the number of users per group ({{NUMBERINGROUP:sysop}}; {{NUMBEROFADMINS}} is "sysop").</summary>
    public IReadOnlyDictionary<string, long> GroupMembers { get; init; } = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["sysop"] = 1,
        ["bureaucrat"] = 1,
        ["interface-admin"] = 1,
    };
}

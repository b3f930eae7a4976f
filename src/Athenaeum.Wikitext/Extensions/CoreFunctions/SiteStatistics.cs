namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// The counts behind <c>{{NUMBEROFARTICLES}}</c> and family (MediaWiki's site_stats table). The
/// defaults are those of a freshly installed MediaWiki 1.39 with nothing imported yet: one
/// administrator (in the sysop, bureaucrat and interface-admin groups) who made no edits counted
/// as articles. An importer that knows the real counts sets them.
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
    public long Users { get; init; }

    /// <summary>Gets the number of recently active users ({{NUMBEROFACTIVEUSERS}}).</summary>
    public long ActiveUsers { get; init; }

    /// <summary>Gets the number of users per group ({{NUMBERINGROUP:sysop}}; {{NUMBEROFADMINS}} is "sysop").</summary>
    public IReadOnlyDictionary<string, long> GroupMembers { get; init; } = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["sysop"] = 1,
        ["bureaucrat"] = 1,
        ["interface-admin"] = 1,
    };
}

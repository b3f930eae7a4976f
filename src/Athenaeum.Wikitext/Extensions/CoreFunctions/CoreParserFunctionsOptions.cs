namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// Settings of MediaWiki's core parser functions and magic variables, with MediaWiki's names.
/// The defaults are MediaWiki 1.39's.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CoreParserFunctionsOptions
{
    /// <summary>Gets a value indicating whether <c>{{DISPLAYTITLE:}}</c> exists ($wgAllowDisplayTitle).</summary>
    public bool AllowDisplayTitle { get; init; } = true;

    /// <summary>Gets a value indicating whether a display title must normalize to the page title ($wgRestrictDisplayTitle).</summary>
    public bool RestrictDisplayTitle { get; init; } = true;

    /// <summary>Gets the wiki's local time zone ($wgLocaltimezone) for the LOCAL… variables.</summary>
    public TimeZoneInfo LocalTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Gets the counts behind <c>{{NUMBEROFARTICLES}}</c> and family.</summary>
    public SiteStatistics Statistics { get; init; } = new();

    /// <summary>Gets the version <c>{{CURRENTVERSION}}</c> shows (the MediaWiki release Athenaeum renders like).</summary>
    public string Version { get; init; } = "1.39.17";

    /// <summary>
    /// Gets a value indicating whether <c>{{REVISIONID}}</c> of a content page gives "-" instead of the
    /// id, as MediaWiki does when $wgMiserMode is on (Wikipedia); off by default, as on the oracle wikis.
    /// </summary>
    public bool MiserMode { get; init; }

    /// <summary>
    /// Gets a value indicating whether the functions MediaWiki added after 1.39 (<c>{{#dir:}}</c>,
    /// <c>{{#bcp47:}}</c>) exist. Off by default: MediaWiki 1.39 leaves them as text.
    /// </summary>
    public bool EnablePost139Functions { get; init; }
}

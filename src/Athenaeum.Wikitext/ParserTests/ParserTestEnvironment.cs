using System.Collections.Concurrent;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.ParserTests;

/// <summary>
/// The wiki MediaWiki's parser-test runner sets up (tests/parser/ParserTestRunner.php, staticSetup and
/// appendInterwikiSetup): site "MediaWiki" at <c>http://example.org</c>, article path <c>/wiki/$1</c>,
/// script <c>/index.php</c>, namespace 100 "MemoryAlpha", and its fixed interwiki map; the clock stands
/// at 1970-01-01T00:02:03Z (timestamp 123) and the revision id is 1337.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class ParserTestEnvironment
{
    /// <summary>The fixed time of every test (MediaWiki's getFakeTimestamp: 123).</summary>
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(123);

    /// <summary>The revision id the runner passes to the parser.</summary>
    public const long RevisionId = 1337;

    /// <summary>The title of a test without a <c>title=</c> option.</summary>
    public const string DefaultTitle = "Parser test";

    private static readonly ConcurrentDictionary<string, SiteConfiguration> Sites = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the test wiki for a content language.</summary>
    /// <param name="languageCode">The language (the <c>language=</c> option; "en" by default).</param>
    /// <returns>The site configuration.</returns>
    public static SiteConfiguration GetSite(string languageCode = "en")
        => Sites.GetOrAdd(languageCode, static code => new SiteConfiguration(
            "MediaWiki",
            "http://example.org",
            code,
            [.. StandardNamespaces.All, new NamespaceInfo(100, "MemoryAlpha", "MemoryAlpha", []), new NamespaceInfo(101, "MemoryAlpha talk", "MemoryAlpha talk", [])],
            Interwiki));

    private static IReadOnlyList<InterwikiEntry> Interwiki { get; } =
    [
        new("local", "http://doesnt.matter.org/$1", IsLanguageLink: false),
        new("wikipedia", "http://en.wikipedia.org/wiki/$1", IsLanguageLink: false),
        new("meatball", "http://www.usemod.com/cgi-bin/mb.pl?$1", IsLanguageLink: false),
        new("memoryalpha", "http://www.memory-alpha.org/en/index.php/$1", IsLanguageLink: false),
        new("zh", "http://zh.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("es", "http://es.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("fr", "http://fr.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("ru", "http://ru.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("mi", "http://mi.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("mul", "http://wikisource.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("en", "http://en.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("stats", "https://stats.wikimedia.org/$1", IsLanguageLink: false, IsLocal: true),
        new("gerrit", "https://gerrit.wikimedia.org/$1", IsLanguageLink: false, IsLocal: true),
        new("wikinvest", "https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Wikinvest", IsLanguageLink: false, IsLocal: true),
    ];
}

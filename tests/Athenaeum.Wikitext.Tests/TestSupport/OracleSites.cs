using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Tests.TestSupport;

/// <summary>
/// The site configurations of the two oracle wikis (English and Fante Wikipedia as installed by
/// ../shared/tools/mediawiki-oracle), as MediaWiki reports them: namespaces, aliases, server and
/// the interwiki prefixes the tests use.
/// </summary>
internal static class OracleSites
{
    private static IReadOnlyList<InterwikiEntry> Interwiki { get; } =
    [
        new("de", "https://de.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("fr", "https://fr.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("es", "https://es.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("fat", "https://fat.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("ak", "https://ak.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
        new("wikt", "https://en.wiktionary.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
        new("w", "https://en.wikipedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
        new("c", "https://commons.wikimedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
        new("meta", "https://meta.wikimedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
        new("m", "https://meta.wikimedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
        new("mw", "https://www.mediawiki.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
    ];

    public static SiteConfiguration English { get; } = new(
        "Wikipedia",
        "//en.wikipedia.org",
        "en",
        [
            .. StandardNamespaces.All.Where(n => n.Id is not 4 and not 5),
            new NamespaceInfo(4, "Wikipedia", "Project", ["WP"]),
            new NamespaceInfo(5, "Wikipedia talk", "Project talk", ["WT"]),
            new NamespaceInfo(10, "Template", "Template", ["TM"]),
            new NamespaceInfo(100, "Portal", "Portal", []),
            new NamespaceInfo(101, "Portal talk", "Portal talk", []),
            new NamespaceInfo(108, "Book", "Book", []),
            new NamespaceInfo(109, "Book talk", "Book talk", []),
            new NamespaceInfo(118, "Draft", "Draft", []),
            new NamespaceInfo(119, "Draft talk", "Draft talk", []),
            new NamespaceInfo(710, "TimedText", "TimedText", []),
            new NamespaceInfo(711, "TimedText talk", "TimedText talk", []),
        ],
        Interwiki);

    private static IReadOnlyList<InterwikiEntry> FanteInterwiki { get; } =
    [
        .. Interwiki.Where(e => e.Prefix != "wikt"),
        new("wikt", "https://fat.wiktionary.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
    ];

    public static SiteConfiguration Fante { get; } = new(
        "Wikipedia",
        "//fat.wikipedia.org",
        "fat",
        [
            new NamespaceInfo(-2, "Media", "Media", []),
            new NamespaceInfo(-1, "Soronko", "Special", []),
            new NamespaceInfo(0, string.Empty, string.Empty, []),
            new NamespaceInfo(1, "Nkɔmbɔdzibea", "Talk", []),
            new NamespaceInfo(2, "Dwumadzinyi", "User", []),
            new NamespaceInfo(3, "Dwumadzinyi nkɔmbɔdzibea", "User talk", []),
            new NamespaceInfo(4, "Wikipedia", "Project", ["WP"]),
            new NamespaceInfo(5, "Wikipedia nkɔmbɔdzibea", "Project talk", ["Wikipedia talk"]),
            new NamespaceInfo(6, "Fael", "File", ["Image"]),
            new NamespaceInfo(7, "Fael nkɔmbɔdzibea", "File talk", ["Image talk"]),
            new NamespaceInfo(8, "MediaWiki", "MediaWiki", []),
            new NamespaceInfo(9, "MediaWiki nkɔmbɔdzibea", "MediaWiki talk", []),
            new NamespaceInfo(10, "Nhwɛdo", "Template", []),
            new NamespaceInfo(11, "Nhwɛdo nkɔmbɔdzibea", "Template talk", []),
            new NamespaceInfo(12, "Mboa", "Help", []),
            new NamespaceInfo(13, "Mboa nkɔmbɔdzibea", "Help talk", []),
            new NamespaceInfo(14, "Nkyekyεmu", "Category", []),
            new NamespaceInfo(15, "Nkyekyεmu nkɔmbɔdzibea", "Category talk", []),
            new NamespaceInfo(710, "TimedText", "TimedText", []),
            new NamespaceInfo(711, "TimedText talk", "TimedText talk", []),
        ],
        FanteInterwiki);
}

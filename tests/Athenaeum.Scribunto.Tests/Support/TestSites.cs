using Athenaeum.Wikitext.Site;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>Site configurations matching the oracle wikis.</summary>
internal static class TestSites
{
    /// <summary>Gets the English oracle wiki: "Wikipedia" at //en.wikipedia.org with English Wikipedia's extra namespaces.</summary>
    public static SiteConfiguration English { get; } = new(
        "Wikipedia",
        "//en.wikipedia.org",
        "en",
        [
            new(4, "Wikipedia", "Project", ["WP"]),
            new(5, "Wikipedia talk", "Project talk", ["WT"]),
            new(10, "Template", "Template", ["TM"]),
            new(100, "Portal", string.Empty, []),
            new(101, "Portal talk", string.Empty, []),
            new(108, "Book", string.Empty, []),
            new(109, "Book talk", string.Empty, []),
            new(118, "Draft", string.Empty, []),
            new(119, "Draft talk", string.Empty, []),
            new(710, "TimedText", string.Empty, []),
            new(711, "TimedText talk", string.Empty, []),
        ],
        []);
}

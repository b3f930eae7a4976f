using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.TestSupport;

/// <summary>Pages in memory, for rendering tests.</summary>
internal sealed class MemoryPageSource(SiteConfiguration site, params (string Title, string Text)[] pages) : IPageSource
{
    private readonly Dictionary<string, WikiPage> _pages = pages.ToDictionary(
        p => new TitleParser(site).Parse(p.Title)!.PrefixedText,
        p => new WikiPage(new TitleParser(site).Parse(p.Title)!, p.Text, "wikitext", p.Text.StartsWith("#REDIRECT", StringComparison.Ordinal) ? new TitleParser(site).Parse("Target") : null, 1, 1, DateTimeOffset.UnixEpoch),
        StringComparer.Ordinal);

    public WikiPage? GetPage(PageTitle title) => _pages.GetValueOrDefault(title.PrefixedText);

    public bool Exists(PageTitle title) => _pages.ContainsKey(title.PrefixedText);
}

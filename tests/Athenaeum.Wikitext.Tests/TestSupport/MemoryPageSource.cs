using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.TestSupport;

/// <summary>Pages held in memory, with optional uploaded files, for expansion tests.</summary>
internal sealed class MemoryPageSource : IPageSource
{
    private readonly Dictionary<string, WikiPage> _pages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);

    public void Add(PageTitle title, string text, PageTitle? redirectTarget = null)
        => _pages[title.PrefixedDbKey] = new WikiPage(title, text, title.Namespace == 828 ? "Scribunto" : "wikitext", redirectTarget, _pages.Count + 1, _pages.Count + 100, DateTimeOffset.UnixEpoch);

    public void AddFile(PageTitle fileTitle) => _files.Add(fileTitle.DbKey);

    public WikiPage? GetPage(PageTitle title) => _pages.GetValueOrDefault(title.WithoutFragment.PrefixedDbKey);

    public bool Exists(PageTitle title) => _pages.ContainsKey(title.WithoutFragment.PrefixedDbKey);

    public bool FileExists(PageTitle title) => _files.Contains(title.DbKey);
}

using System.Collections.Concurrent;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>An in-memory wiki: pages by prefixed title.</summary>
internal sealed class MemoryPageSource : IPageSource
{
    private readonly ConcurrentDictionary<string, WikiPage> _pages = new(StringComparer.Ordinal);
    private long _nextId = 1;

    public WikiPage Add(PageTitle title, string text, string model = "wikitext", PageTitle? redirect = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var page = new WikiPage(title, text, model, redirect, id, id, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        _pages[title.PrefixedText] = page;
        return page;
    }

    public WikiPage? GetPage(PageTitle title) => _pages.TryGetValue(title.WithoutFragment.PrefixedText, out var p) ? p : null;

    public bool Exists(PageTitle title) => _pages.ContainsKey(title.WithoutFragment.PrefixedText);
}

using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.Helpers;

/// <summary>A page source over a dictionary of title → wikitext, with "#REDIRECT [[X]]" pages as redirects.</summary>
internal sealed partial class InMemoryPageSource : IPageSource
{
    private readonly Dictionary<(int, string), WikiPage> _pages = [];
    private readonly TitleParser _titles;

    public InMemoryPageSource(SiteConfiguration site, IEnumerable<KeyValuePair<string, string>>? pages = null)
    {
        _titles = new TitleParser(site);
        foreach (var (title, text) in pages ?? [])
        {
            Add(title, text);
        }
    }

    public int Fetches { get; private set; }

    public void Add(string titleText, string text, string contentModel = "wikitext")
    {
        var title = _titles.Parse(titleText) ?? throw new ArgumentException("bad title " + titleText, nameof(titleText));
        var match = RedirectRegex().Match(text);
        var target = match.Success ? _titles.Parse(match.Groups[1].Value) : null;
        _pages[(title.Namespace, title.DbKey)] = new WikiPage(title, text, contentModel, target, _pages.Count + 1, _pages.Count + 1, DateTimeOffset.UnixEpoch);
    }

    public WikiPage? GetPage(PageTitle title)
    {
        Fetches++;
        return _pages.GetValueOrDefault((title.Namespace, title.DbKey));
    }

    public bool Exists(PageTitle title) => _pages.ContainsKey((title.Namespace, title.DbKey));

    [GeneratedRegex(@"^#REDIRECT\s*\[\[([^\]|#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RedirectRegex();
}

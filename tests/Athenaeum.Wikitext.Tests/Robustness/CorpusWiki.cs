using Athenaeum.Dump;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.Robustness;

/// <summary>
/// A wiki read whole from a corpus dump into memory: its site configuration (namespaces of its
/// siteinfo) and every page's latest text, as an <see cref="IPageSource"/>.
/// </summary>
internal sealed class CorpusWiki : IPageSource
{
    private readonly Dictionary<(int, string), WikiPage> _pages = [];

    private CorpusWiki(SiteConfiguration site) => Site = site;

    public SiteConfiguration Site { get; }

    public TitleParser Titles => new(Site);

    public IEnumerable<WikiPage> Pages => _pages.Values;

    public static async Task<CorpusWiki> LoadAsync(string dump, string server)
    {
        await using var reader = await DumpReader.OpenAsync(CorpusPaths.Get(dump));
        var info = reader.SiteInfo;
        var namespaces = info.Namespaces.Select(n => new NamespaceInfo(n.Id, n.Name, string.Empty, [], !string.Equals(n.Case, "case-sensitive", StringComparison.Ordinal)));
        var wiki = new CorpusWiki(new SiteConfiguration(info.SiteName, server, info.Language, namespaces, []));
        var titles = wiki.Titles;
        await foreach (var page in reader.ReadPagesAsync())
        {
            var revision = page.LatestRevision;
            var title = titles.Parse(page.Title);
            if (revision?.Text is null || title is null)
            {
                continue;
            }

            var target = page.RedirectTarget is null ? null : titles.Parse(page.RedirectTarget);
            wiki._pages[(title.Namespace, title.Text)] = new WikiPage(title, revision.Text, revision.Model, target, page.Id, revision.Id, revision.Timestamp);
        }

        return wiki;
    }

    public WikiPage? GetPage(PageTitle title) => _pages.GetValueOrDefault((title.Namespace, title.Text));

    public bool Exists(PageTitle title) => _pages.ContainsKey((title.Namespace, title.Text));
}

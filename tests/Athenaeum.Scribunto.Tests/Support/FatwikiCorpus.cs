using Athenaeum.Dump;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>The whole fatwiki dump as an in-memory wiki, configured as the Fante oracle wiki.</summary>
internal sealed class FatwikiCorpus : IPageSource
{
    private static readonly Lazy<Task<FatwikiCorpus>> Shared = new(LoadAsync);
    private readonly Dictionary<(int, string), WikiPage> _pages = [];

    private FatwikiCorpus(SiteConfiguration site)
    {
        Site = site;
        Titles = new TitleParser(site);
    }

    public SiteConfiguration Site { get; }

    public TitleParser Titles { get; }

    public IEnumerable<WikiPage> Pages => _pages.Values;

    public static Task<FatwikiCorpus> GetAsync() => Shared.Value;

    public WikiPage? GetPage(PageTitle title) => _pages.GetValueOrDefault((title.Namespace, title.Text));

    public bool Exists(PageTitle title) => _pages.ContainsKey((title.Namespace, title.Text));

    private static async Task<FatwikiCorpus> LoadAsync()
    {
        await using var reader = await DumpReader.OpenAsync(CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2"));
        var info = reader.SiteInfo;
        var namespaces = info.Namespaces.Select(n => new NamespaceInfo(
            n.Id,
            n.Name,
            string.Empty,
            n.Id switch
            {
                4 => ["WP"],
                5 => ["Wikipedia talk"],
                _ => [],
            },
            !string.Equals(n.Case, "case-sensitive", StringComparison.Ordinal)));
        var interwiki = new List<InterwikiEntry>
        {
            new("en", "https://en.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
            new("ak", "https://ak.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
            new("tw", "https://tw.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
            new("fr", "https://fr.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
            new("de", "https://de.wikipedia.org/wiki/$1", IsLanguageLink: true, IsLocal: true),
            new("wikt", "https://fat.wiktionary.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
            new("c", "https://commons.wikimedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
            new("commons", "https://commons.wikimedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
            new("d", "https://www.wikidata.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
            new("m", "https://meta.wikimedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
            new("meta", "https://meta.wikimedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
            new("w", "https://en.wikipedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
            new("incubator", "https://incubator.wikimedia.org/wiki/$1", IsLanguageLink: false, IsLocal: true),
        };
        var corpus = new FatwikiCorpus(new SiteConfiguration(info.SiteName, "//fat.wikipedia.org", info.Language, namespaces, interwiki));
        await foreach (var page in reader.ReadPagesAsync())
        {
            var revision = page.LatestRevision;
            var title = corpus.Titles.Parse(page.Title);
            if (revision?.Text is null || title is null)
            {
                continue;
            }

            var target = page.RedirectTarget is null ? null : corpus.Titles.Parse(page.RedirectTarget);
            corpus._pages[(title.Namespace, title.Text)] = new WikiPage(title, revision.Text, revision.Model, target, page.Id, revision.Id, revision.Timestamp);
        }

        return corpus;
    }
}

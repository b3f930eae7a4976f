using Athenaeum.Dump;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>
/// The English oracle wiki in memory: corpus/enwiki-modules and the pages of the two English
/// dumps (the newer revision of a title wins, as in MediaWiki).
/// </summary>
internal sealed class EnglishCorpus
{
    private static readonly Lazy<Task<EnglishCorpus>> Shared = new(LoadAsync);

    private EnglishCorpus(MemoryPageSource pages, List<WikiPage> articles)
    {
        Pages = pages;
        Articles = articles;
    }

    public static TitleParser Titles { get; } = new(TestSites.English);

    public MemoryPageSource Pages { get; }

    /// <summary>Gets the namespace-0 non-redirect pages of the dumps (the enwiki-sample oracle set).</summary>
    public List<WikiPage> Articles { get; }

    public static Task<EnglishCorpus> GetAsync() => Shared.Value;

    private static async Task<EnglishCorpus> LoadAsync()
    {
        var pages = new MemoryPageSource();
        EnwikiModules.AddTo(pages, Titles);
        var latest = new Dictionary<string, (DateTimeOffset Time, WikiPage Page)>(StringComparer.Ordinal);
        foreach (var dump in new[] { "dumps/enwiki-2016-sample.xml.bz2", "dumps/enwiki-table-markup.xml.bz2" })
        {
            await using var reader = await DumpReader.OpenAsync(CorpusPaths.Get(dump));
            await foreach (var page in reader.ReadPagesAsync())
            {
                var revision = page.LatestRevision;
                var title = Titles.Parse(page.Title);
                if (revision?.Text is null || title is null)
                {
                    continue;
                }

                var target = page.RedirectTarget is null ? null : Titles.Parse(page.RedirectTarget);
                var wikiPage = new WikiPage(title, revision.Text, revision.Model, target, page.Id, revision.Id, revision.Timestamp);
                if (!latest.TryGetValue(title.PrefixedText, out var existing) || existing.Time < revision.Timestamp)
                {
                    latest[title.PrefixedText] = (revision.Timestamp, wikiPage);
                }
            }
        }

        foreach (var (_, page) in latest.Values)
        {
            pages.Add(page.Title, page.Text, page.ContentModel, page.RedirectTarget);
        }

        var articles = latest.Values.Select(v => v.Page).Where(p => p.Title.Namespace == 0 && p.RedirectTarget is null).ToList();
        return new EnglishCorpus(pages, articles);
    }
}

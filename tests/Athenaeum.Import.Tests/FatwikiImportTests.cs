using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Import.Tests;

public sealed class FatwikiImportTests(FatwikiLibraryFixture fixture) : IClassFixture<FatwikiLibraryFixture>
{
    [Fact]
    public void ImportAsync_Fatwiki_StoresEveryPage()
    {
        // Act
        var stats = fixture.Library.Site.GetStatistics();

        // Assert
        Assert.Equal(3566, stats.Pages);
        Assert.Equal(256, stats.Redirects);
        Assert.Equal(225, stats.PagesPerNamespace.Single(n => n.Namespace == StandardNamespaces.Module).Pages);
        Assert.Equal(1485, stats.PagesPerNamespace.Single(n => n.Namespace == StandardNamespaces.Main).Pages);
        Assert.Equal(1756, stats.PagesPerNamespace.Single(n => n.Namespace == StandardNamespaces.Template).Pages);
        Assert.Equal(83, stats.PagesPerNamespace.Single(n => n.Namespace == StandardNamespaces.Category).Pages);
        Assert.Equal(0, stats.RemovedPages);
    }

    [Fact]
    public void ImportAsync_Fatwiki_IndexesEveryArticleForSearchWithoutASecondPass()
    {
        // Act: nothing but the import has run on this library.
        var counts = fixture.Library.Search.GetCounts();
        var stale = fixture.Library.Search.GetStalePages([StandardNamespaces.Main], 0, 10);
        var hits = fixture.Library.Search.Search("\"Ghana\"", 0, 5);
        var prefix = fixture.Library.Search.FindByPrefix("gh", 5);

        // Assert: every article of the main namespace is indexed (redirects by title only), and found.
        var articles = fixture.Library.Site.GetStatistics().PagesPerNamespace.Single(n => n.Namespace == StandardNamespaces.Main);
        Assert.Equal(articles.Pages, counts.Titles);
        Assert.Equal(articles.Pages - articles.Redirects, counts.Documents);
        Assert.Empty(stale);
        Assert.NotEmpty(hits.Hits);
        Assert.InRange(hits.Total, 5, long.MaxValue);
        Assert.NotEmpty(prefix);
        Assert.Equal(counts.Titles, fixture.Summary.SearchEntries);
    }

    [Fact]
    public void ImportAsync_Fatwiki_SummaryCountsTheRun()
    {
        // Act
        var summary = fixture.Summary;

        // Assert
        Assert.Equal(ImportRunStatus.Completed, summary.Run.Status);
        Assert.Equal(3566, summary.Run.Progress.PagesRead);
        Assert.Equal(3566, summary.Run.Progress.Added);
        Assert.Equal(0, summary.Run.Progress.Updated + summary.Run.Progress.Unchanged + summary.Run.Removed + summary.Run.Progress.Skipped);
        Assert.Equal(3566, summary.SessionPages);
        Assert.False(summary.IsResumed);
        Assert.Equal("fatwiki", summary.DatabaseName);
        Assert.InRange(summary.XmlBytes, 10_000_000, long.MaxValue);
        Assert.InRange(summary.Library.PageLinks, 4_000, long.MaxValue);
        Assert.InRange(summary.Library.TemplateLinks, 1_000, long.MaxValue);
        Assert.InRange(summary.Library.CategoryLinks, 1_000, long.MaxValue);
    }

    [Fact]
    public void ImportAsync_Fatwiki_StoresSiteAndDumpDate()
    {
        // Act
        var site = fixture.Library.Site.GetSite();

        // Assert
        Assert.NotNull(site);
        Assert.Equal("fatwiki", site.DatabaseName);
        Assert.Equal("fat", site.Language);
        Assert.Equal(new DateOnly(2024, 9, 20), site.DumpDate);
        Assert.Equal("fatwiki-20240920-pages-articles-multistream.xml.bz2", site.SourceDumpFile);
        Assert.Equal("Nhwɛdo", site.Namespaces.Single(n => n.Id == StandardNamespaces.Template).Name);
        Assert.Equal("Template", site.Namespaces.Single(n => n.Id == StandardNamespaces.Template).CanonicalName);
    }

    [Fact]
    public void ImportAsync_KnownArticle_HasMetadataLinksCategoriesAndTemplates()
    {
        // Arrange
        var pages = fixture.Library.Pages;
        var links = fixture.Library.Links;

        // Act
        var page = pages.GetPage(0, "Aaron Mike Oquaye");

        // Assert
        Assert.NotNull(page);
        Assert.Equal(76, page.SourcePageId);
        Assert.Equal("WHEBN0000000076", page.ArticleId);
        Assert.Equal("wikitext", page.ContentModel);
        Assert.Contains("Ghana", pages.GetText(page.Id), StringComparison.Ordinal);
        var outgoing = links.GetLinks(page.Id);
        Assert.Contains(new LinkTarget(0, "Ghana"), outgoing);
        Assert.Contains(new LinkTarget(0, "Epuei Mantɔw"), outgoing);
        Assert.Contains(links.GetCategories(page.Id), c => c.Category == "West Africa");
        Assert.Contains(new LinkTarget(StandardNamespaces.Template, "Databox"), links.GetTemplates(page.Id));
        Assert.Contains(links.GetLinksHere(new LinkTarget(0, "Ghana"), 5000), p => p.Id == page.Id);
    }

    [Fact]
    public void ImportAsync_Module_IsStoredAsScribuntoWithItsRequires()
    {
        // Arrange
        var pages = fixture.Library.Pages;

        // Act
        var module = pages.GetPage(StandardNamespaces.Module, "Citation/CS1");

        // Assert
        Assert.NotNull(module);
        Assert.Equal("Scribunto", module.ContentModel);
        Assert.Contains(fixture.Library.Links.GetTemplates(module.Id), t => t.Namespace == StandardNamespaces.Module && t.Title.StartsWith("Citation/CS1/", StringComparison.Ordinal));
        Assert.Contains(
            fixture.Library.Links.GetTransclusions(new LinkTarget(StandardNamespaces.Module, "Arguments"), 500),
            p => p.Namespace == StandardNamespaces.Module);
    }

    [Fact]
    public void ImportAsync_Redirect_PointsToItsTarget()
    {
        // Arrange
        var pages = fixture.Library.Pages;
        var redirect = pages.ReadPagesAfter(0, 5000).First(p => p.IsRedirect && p.Namespace == 0);

        // Act
        var back = pages.GetRedirectsTo(redirect.RedirectTarget!.Value, 100);

        // Assert
        Assert.Contains(back, r => r.Id == redirect.Id);
    }
}

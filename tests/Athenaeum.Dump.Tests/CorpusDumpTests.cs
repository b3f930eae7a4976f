
namespace Athenaeum.Dump.Tests;

/// <summary>
/// The reader against every dump of the shared corpus. Expected counts were taken independently with
/// <c>bzcat FILE | grep -c '&lt;page&gt;'</c> and similar, not from the reader.
/// </summary>
public sealed class CorpusDumpTests
{
    [Fact]
    public async Task ReadPages_FatwikiMultistream_HasEveryPageRedirectAndModule()
    {
        var (reader, pages) = await DumpTestHelpers.ReadAllAsync(DumpTestHelpers.FatwikiDump);

        Assert.Equal(DumpKind.Bzip2Multistream, reader.Kind);
        Assert.Equal(DumpTestHelpers.FatwikiIndex, reader.IndexPath);
        Assert.Equal(3566, pages.Count);
        Assert.Equal(3566, pages.Sum(p => p.Revisions.Count));
        Assert.Equal(256, pages.Count(p => p.RedirectTarget is not null));
        Assert.Equal(225, pages.Count(p => p.Namespace == 828));
        Assert.Equal(1485, pages.Count(p => p.Namespace == 0));
        Assert.Equal(1756, pages.Count(p => p.Namespace == 10));
        Assert.Equal(206, pages.Count(p => p.LatestRevision!.Model == "Scribunto"));
        Assert.Equal(52, pages.Count(p => p.LatestRevision!.Model == "sanitized-css"));
        Assert.Equal(869, pages.Count(p => p.LatestRevision!.Minor));
        Assert.Equal(13, pages.Count(p => p.LatestRevision!.Contributor?.Ip is not null));
        Assert.Equal("Ebenezer Senior High School", pages[^1].Title);
        Assert.Equal(13867859, reader.UncompressedBytesRead);
        Assert.Equal(reader.TotalBytes, reader.BytesRead);
    }

    [Fact]
    public async Task OpenAsync_FatwikiMultistream_ReadsSiteInfo()
    {
        await using var reader = await DumpReader.OpenAsync(DumpTestHelpers.FatwikiDump);

        var site = reader.SiteInfo;
        Assert.Equal("Wikipedia", site.SiteName);
        Assert.Equal("fatwiki", site.DatabaseName);
        Assert.Equal("https://fat.wikipedia.org/wiki/Kratafa_Tsitsir", site.Base);
        Assert.Equal("MediaWiki 1.43.0-wmf.23", site.Generator);
        Assert.Equal("first-letter", site.Case);
        Assert.Equal("fat", site.Language);
        Assert.Equal("0.11", site.SchemaVersion);
        Assert.Equal(22, site.Namespaces.Count);
        Assert.Contains(site.Namespaces, n => n.Id == 10 && n.Name == "Nhwɛdo" && n.Case == "first-letter");
        Assert.Contains(site.Namespaces, n => n.Id == 0 && n.Name.Length == 0);
        Assert.Equal(2728290, reader.TotalBytes);
    }

    [Fact]
    public async Task ReadPages_FatwikiFirstPage_HasEveryRevisionField()
    {
        var pages = await FatwikiReference.Pages;

        var page = pages[0];
        Assert.Equal("MediaWiki:Sitesupport-url", page.Title);
        Assert.Equal(8, page.Namespace);
        Assert.Equal(2, page.Id);
        Assert.Equal(568, page.SourceOffset);
        var revision = Assert.Single(page.Revisions);
        Assert.Equal(2, revision.Id);
        Assert.Null(revision.ParentId);
        Assert.Equal(new DateTimeOffset(2023, 4, 20, 18, 28, 47, TimeSpan.Zero), revision.Timestamp);
        Assert.Equal(new DumpContributor("Maintenance script", 1, null), revision.Contributor);
        Assert.Equal("Setting sidebar link", revision.Comment);
        Assert.False(revision.Minor);
        Assert.Equal("wikitext", revision.Model);
        Assert.Equal("text/x-wiki", revision.Format);
        Assert.Equal("https://donate.wikimedia.org/?utm_source=donate&utm_medium=sidebar&utm_campaign=fat.wikipedia.org&uselang=fat", revision.Text);
        Assert.Equal(109, revision.Bytes);
        Assert.Equal("mwns7r1jp0ntprm6a4ekb0ao2f8h44f", revision.Sha1);
        Assert.Equal(RevisionDeletion.None, revision.Deleted);
    }

    [Fact]
    public async Task ReadPages_FatwikiEmptyText_IsEmptyStringNotNull()
    {
        var pages = await FatwikiReference.Pages;

        var empty = pages.Where(p => p.LatestRevision!.Bytes == 0).ToList();
        Assert.NotEmpty(empty);
        Assert.All(empty, p => Assert.Equal(string.Empty, p.LatestRevision!.Text));
    }

    [Fact]
    public async Task ReadPages_Enwiki2016Sample_Has206PagesAnd100Redirects()
    {
        var (reader, pages) = await DumpTestHelpers.ReadAllAsync(CorpusPaths.Get("dumps/enwiki-2016-sample.xml.bz2"));

        Assert.Equal(DumpKind.Bzip2, reader.Kind);
        Assert.Null(reader.IndexPath);
        Assert.Equal("0.10", reader.SiteInfo.SchemaVersion);
        Assert.Equal("en", reader.SiteInfo.Language);
        Assert.Equal(35, reader.SiteInfo.Namespaces.Count);
        Assert.Equal(206, pages.Count);
        Assert.Equal(206, pages.Sum(p => p.Revisions.Count));
        Assert.Equal(100, pages.Count(p => p.RedirectTarget is not null));
        Assert.Equal(205, pages.Count(p => p.Namespace == 0));
        Assert.Equal(90, pages.Count(p => p.LatestRevision!.Minor));
        Assert.Equal(15, pages.Count(p => p.LatestRevision!.Contributor?.Ip is not null));
        Assert.Contains(pages, p => p.RedirectTarget == "Computer accessibility");
        Assert.Contains(pages, p => p.Title == "Anarchism" && p.LatestRevision!.Text!.Length > 10_000);
        Assert.Equal(reader.TotalBytes, reader.BytesRead);
    }

    [Fact]
    public async Task ReadPages_EnwikiTableMarkupWithoutSiteInfo_HasFivePagesAndLanguageFromRoot()
    {
        var (reader, pages) = await DumpTestHelpers.ReadAllAsync(CorpusPaths.Get("dumps/enwiki-table-markup.xml.bz2"));

        Assert.Equal(DumpKind.Bzip2, reader.Kind);
        Assert.Equal("en", reader.SiteInfo.Language);
        Assert.Empty(reader.SiteInfo.Namespaces);
        Assert.Equal(5, pages.Count);
        Assert.Equal("Constructive vote of no confidence", pages[0].Title);
        Assert.Equal(807605030, pages[0].LatestRevision!.Id);
        Assert.Equal(807292962, pages[0].LatestRevision!.ParentId);
        Assert.True(pages[0].LatestRevision!.Minor);
        Assert.Equal(3, pages.Count(p => p.LatestRevision!.Minor));
    }

    [Fact]
    public async Task ReadPages_BulgarianUtf16_DecodesCyrillicTitles()
    {
        var (reader, pages) = await DumpTestHelpers.ReadAllAsync(CorpusPaths.Get("dumps/bgwiki-utf16-sample.xml.bz2"));

        Assert.Equal(DumpKind.Bzip2, reader.Kind);
        Assert.Equal("bg", reader.SiteInfo.Language);
        Assert.Equal("bgwiki", reader.SiteInfo.DatabaseName);
        Assert.Equal(27, reader.SiteInfo.Namespaces.Count);
        Assert.Equal(3, pages.Count);
        Assert.Equal("Григориански календар", pages[0].Title);
        Assert.Equal(558, pages[0].Id);
        Assert.Equal(0, pages[0].Namespace);
        Assert.Equal(2, pages.Count(p => p.Namespace == 4));
        Assert.StartsWith("Уикипедия:", pages[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPages_Schema08TwoPages_ReadsIpContributorAndThreeRevisions()
    {
        var (reader, pages) = await DumpTestHelpers.ReadAllAsync(CorpusPaths.Get("dumps/mwxml-two-pages.xml"));

        Assert.Equal(DumpKind.Xml, reader.Kind);
        Assert.Equal("0.8", reader.SiteInfo.SchemaVersion);
        Assert.Equal(2, pages.Count);
        Assert.Equal(3, pages.Sum(p => p.Revisions.Count));
        var foo = pages[0];
        Assert.Equal("Foo", foo.Title);
        Assert.Equal(2, foo.Revisions.Count);
        Assert.Equal(new DumpContributor("Gen0cide", 92182, null), foo.Revisions[0].Contributor);
        Assert.Equal(new DumpContributor(null, null, "222.152.210.109"), foo.Revisions[1].Contributor);
        Assert.Equal("Comment 2", foo.Revisions[1].Comment);
        Assert.Equal("text/x-wiki", foo.Revisions[1].Format);
        Assert.Equal("Revision 2 text", foo.LatestRevision!.Text);
        Assert.Equal("g9chqqg94myzq11c56ixvq7o1yg75n9", foo.Revisions[0].Sha1);
        Assert.Equal(1, pages[1].Namespace);
        Assert.Equal("222.152.210.22", pages[1].LatestRevision!.Contributor!.Ip);
    }

    [Fact]
    public async Task ReadPages_TinyWiki_HasEightPagesWithDuplicateTitles()
    {
        var (reader, pages) = await DumpTestHelpers.ReadAllAsync(CorpusPaths.Get("dumps/tinywiki.xml"));

        Assert.Equal(DumpKind.Xml, reader.Kind);
        Assert.Equal("ltg", reader.SiteInfo.Language);
        Assert.Equal("Vikipedeja", reader.SiteInfo.SiteName);
        Assert.Equal(7, reader.SiteInfo.Namespaces.Count);
        Assert.Equal(8, pages.Count);
        Assert.Equal(2, pages.Count(p => p.Title == "Duplicate title"));
        Assert.StartsWith("#REDIRECT [[The Beatles]]", pages.Single(p => p.Title == "Redirect page").LatestRevision!.Text, StringComparison.Ordinal);
        Assert.Equal(new DumpContributor("DJ EV", 1631, null), pages[0].LatestRevision!.Contributor);
        Assert.Equal(new FileInfo(CorpusPaths.Get("dumps/tinywiki.xml")).Length, reader.BytesRead);
    }

    [Fact]
    public async Task ReadPages_Synthetic9Pages_HasNineArticles()
    {
        var (reader, pages) = await DumpTestHelpers.ReadAllAsync(CorpusPaths.Get("dumps/synthetic-9-pages.xml.bz2"));

        Assert.Equal(DumpKind.Bzip2, reader.Kind);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => "Article" + i), pages.Select(p => p.Title));
        Assert.All(pages, p => Assert.Equal(0, p.Namespace));
    }
}

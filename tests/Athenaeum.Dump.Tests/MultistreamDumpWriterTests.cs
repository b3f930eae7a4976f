using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Dump.Compression;

namespace Athenaeum.Dump.Tests;

/// <summary>The multistream writer: Wikimedia's layout, and round trips through the reader.</summary>
public sealed partial class MultistreamDumpWriterTests : IDisposable
{
    private readonly string _directory = DumpTestHelpers.TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task WriteAsync_FatwikiPages_ReproducesWikimediaXmlAndIndex()
    {
        var pages = await FatwikiReference.Pages;
        await using var source = await DumpReader.OpenAsync(DumpTestHelpers.FatwikiDump);
        var path = Path.Combine(_directory, "copy-multistream.xml.bz2");

        var streams = await MultistreamDumpWriter.WriteAsync(path, source.SiteInfo, pages);

        // Header, 36 streams of 100 pages, footer: the layout of the original.
        Assert.Equal(38, streams);
        Assert.Equal(WithoutOrigin(Decompress(DumpTestHelpers.FatwikiDump)), WithoutOrigin(Decompress(path)));
        var original = await MultistreamIndex.LoadAsync(DumpTestHelpers.FatwikiIndex);
        var written = await MultistreamIndex.LoadAsync(SyntheticDump.IndexPathOf(path));
        Assert.Equal(original.Entries.Select(e => (e.PageId, e.Title)), written.Entries.Select(e => (e.PageId, e.Title)));
        Assert.Equal(36, written.StreamOffsets.Count);
        Assert.Equal(
            IndexTitles(DumpTestHelpers.FatwikiIndex),
            IndexTitles(SyntheticDump.IndexPathOf(path)));
    }

    [Fact]
    public async Task WriteAsync_AwkwardContent_RoundTripsThroughTheReader()
    {
        var pages = new List<DumpPage>
        {
            Page(1, "Quotes \"and\" & ampersands <tags>", "line one\r\nline two\rthree\ttab \"q\" 'a' & <b>", RevisionDeletion.None),
            Page(2, "Empty text", string.Empty, RevisionDeletion.None),
            Page(3, "Deleted parts", null, RevisionDeletion.Text | RevisionDeletion.Comment | RevisionDeletion.Contributor),
            Page(4, "Кирилица и 😀", "Текст 😀 ✓", RevisionDeletion.None) with { RedirectTarget = "Target \"x\" & y" },
            Page(5, "Module:Data", "return { a = 1 }", RevisionDeletion.None),
        };
        var path = Path.Combine(_directory, "awkward.xml.bz2");

        var streams = await MultistreamDumpWriter.WriteAsync(path, SyntheticDump.Site, pages, new MultistreamDumpWriterOptions { PagesPerStream = 2 });
        var (reader, read) = await DumpTestHelpers.ReadAllAsync(path, new DumpReaderOptions { Parallelism = 2 });

        Assert.Equal(5, streams);
        Assert.Equal(DumpKind.Bzip2Multistream, reader.Kind);
        Assert.Equal(pages.Select(DumpTestHelpers.Fingerprint), read.Select(p => DumpTestHelpers.Fingerprint(Normalize(p))));
        Assert.Equal(SyntheticDump.Site.Namespaces, reader.SiteInfo.Namespaces);
        Assert.Equal(SyntheticDump.Site with { Namespaces = reader.SiteInfo.Namespaces }, reader.SiteInfo);
        var index = await MultistreamIndex.LoadAsync(SyntheticDump.IndexPathOf(path));
        Assert.All(read, p => Assert.Equal(index.FindById(p.Id)!.StreamOffset, p.SourceOffset));
        Assert.Equal("Quotes \"and\" & ampersands <tags>", index.Entries[0].Title);
        var single = await DumpReader.ReadPageAsync(path, "Quotes \"and\" & ampersands <tags>");
        Assert.Equal(pages[0].LatestRevision!.Text, single!.LatestRevision!.Text);
    }

    [Fact]
    public async Task WriteAsync_ControlCharacter_ThrowsNamingThePage()
    {
        var path = Path.Combine(_directory, "control.xml.bz2");

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => MultistreamDumpWriter.WriteAsync(path, SyntheticDump.Site, [Page(1, "Bell", "ding\u0007", RevisionDeletion.None)]));

        Assert.Contains("\"Bell\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+0007", error.Message, StringComparison.Ordinal);
    }

    private static DumpPage Page(long id, string title, string? text, RevisionDeletion deleted)
    {
        var contributor = (deleted & RevisionDeletion.Contributor) != 0 ? null : new DumpContributor(id % 2 == 0 ? null : "Editor", id % 2 == 0 ? null : 7, id % 2 == 0 ? "2001:db8::1" : null);
        var comment = (deleted & RevisionDeletion.Comment) != 0 ? null : "why & how";
        var revision = new DumpRevision(
            100 + id, id > 1 ? 99 + id : null, new DateTimeOffset(2020, 2, 29, 23, 59, 58, TimeSpan.Zero), contributor, comment, id % 2 == 1,
            title.StartsWith("Module:", StringComparison.Ordinal) ? "Scribunto" : "wikitext", "text/x-wiki", text,
            text is null ? 12 : Encoding.UTF8.GetByteCount(text), null, deleted);
        return new DumpPage(title, title.StartsWith("Module:", StringComparison.Ordinal) ? 828 : 0, id, null, [revision], 0);
    }

    /// <summary>The writer fills in the checksum when a revision has none; compare without it.</summary>
    private static DumpPage Normalize(DumpPage page) =>
        page with { Revisions = [.. page.Revisions.Select(r => r with { Sha1 = null })] };

    private static string Decompress(string path)
    {
        using var stream = new Bzip2DecompressStream(File.OpenRead(path));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string WithoutOrigin(string xml) => OriginLine().Replace(xml, string.Empty);

    private static List<string> IndexTitles(string path)
    {
        var text = Decompress(path);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..])];
    }

    [GeneratedRegex("      <origin>[0-9]+</origin>\n")]
    private static partial Regex OriginLine();
}

using System.Text;

namespace Athenaeum.Dump.Tests;

/// <summary>
/// Hand-made corrupt copies of each kind of bad input: each gives a <see cref="DumpFormatException"/> whose message
/// names the file and a plausible byte offset, after every page read before the fault.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _directory = DumpTestHelpers.TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task OpenAsync_MissingFile_ThrowsNamingTheFile()
    {
        var path = Path.Combine(_directory, "nothing-here.xml.bz2");

        var error = await Assert.ThrowsAsync<DumpFormatException>(() => DumpReader.OpenAsync(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(0, error.ByteOffset);
        Assert.StartsWith(path + ": byte 0: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    public async Task ReadPages_MultistreamTruncatedInStream20_ThrowsAfterPagesOfEarlierStreams(int parallelism, bool useIndex)
    {
        var index = await FatwikiReference.IndexAsync();
        var path = CopyFatwiki();
        var cut = index.StreamOffsets[20] + 5000;
        Assert.True(cut < index.StreamOffsets[21]);
        Truncate(path, cut);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions { Parallelism = parallelism, UseIndex = useIndex });

        Assert.Equal(path, error.FilePath);
        Assert.InRange(error.ByteOffset, index.StreamOffsets[20], cut);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.InRange(pages.Count, 2000, 2099);
        Assert.Equal((await FatwikiReference.Pages).Take(2000).Select(p => p.Id), pages.Take(2000).Select(p => p.Id));
    }

    [Fact]
    public async Task ReadPages_SingleStreamTruncated_ThrowsAtTheEndOfInput()
    {
        var path = Path.Combine(_directory, "enwiki.xml.bz2");
        File.Copy(CorpusPaths.Get("dumps/enwiki-2016-sample.xml.bz2"), path);
        var cut = new FileInfo(path).Length * 6 / 10;
        Truncate(path, cut);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions());

        Assert.Equal(cut, error.ByteOffset);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.InRange(pages.Count, 1, 205);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    public async Task ReadPages_FlippedBytesInStream10_ThrowsInThatStreamAfterEarlierPages(int parallelism, bool useIndex)
    {
        var index = await FatwikiReference.IndexAsync();
        var path = CopyFatwiki();
        var bytes = await File.ReadAllBytesAsync(path);
        for (var i = 0; i < 16; i++)
        {
            bytes[index.StreamOffsets[10] + 2000 + i] ^= 0xA5;
        }

        await File.WriteAllBytesAsync(path, bytes);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions { Parallelism = parallelism, UseIndex = useIndex });

        Assert.Equal(path, error.FilePath);
        Assert.InRange(error.ByteOffset, index.StreamOffsets[10], index.StreamOffsets[11]);
        Assert.True(
            error.Message.Contains("corrupt bzip2 data", StringComparison.Ordinal) || error.Message.Contains("malformed XML", StringComparison.Ordinal),
            error.Message);
        if (parallelism > 1)
        {
            // A stream decoded by a worker is checked whole (its CRC) before any of its XML is parsed.
            Assert.Contains("BZ_DATA_ERROR", error.Message, StringComparison.Ordinal);
            Assert.Equal(1000, pages.Count);
        }
        else
        {
            Assert.InRange(pages.Count, 1000, 1099);
        }
    }

    [Fact]
    public async Task ReadPages_MalformedXmlInPlainFile_ThrowsWithPageTitleAfterEarlierPages()
    {
        var xml = SyntheticDump.Header() + SyntheticDump.Pages(1, 2)
            + "  <page>\n    <title>Third</title>\n    <ns>0</ns>\n    <id>3</id>\n    <revision><id>3</id><text>a < b</text></revision>\n  </page>\n</mediawiki>";
        var path = Path.Combine(_directory, "malformed.xml");
        await File.WriteAllTextAsync(path, xml);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions());

        Assert.Equal(2, pages.Count);
        Assert.Equal("Third", error.PageTitle);
        Assert.Contains("malformed XML", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ": byte ", error.Message, StringComparison.Ordinal);
        Assert.Contains("(page \"Third\")", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.ByteOffset, 0, Encoding.UTF8.GetByteCount(xml));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ReadPages_MalformedXmlInMultistreamChunk_ThrowsAtThatStreamAfterEarlierPages(int parallelism)
    {
        var chunks = Enumerable.Range(0, 5).Select(c => SyntheticDump.Pages((c * 100) + 1, 100)).ToList();
        chunks[3] = chunks[3].Replace("<title>Page 350</title>", "<title>Page 350</title><ns>0</ns><broken", StringComparison.Ordinal);
        var path = Path.Combine(_directory, "malformed.xml.bz2");
        var offsets = SyntheticDump.WriteMultistream(path, chunks);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions { Parallelism = parallelism });

        Assert.Equal(349, pages.Count);
        Assert.Equal(offsets[3], error.ByteOffset);
        Assert.Equal("Page 350", error.PageTitle);
        Assert.Contains("malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.99")]
    [InlineData("0.7")]
    public async Task OpenAsync_UnknownSchemaVersion_ThrowsNamingTheVersion(string version)
    {
        var xml = SyntheticDump.Header().Replace("0.11", version, StringComparison.Ordinal) + "</mediawiki>";
        var path = Path.Combine(_directory, "future.xml");
        await File.WriteAllTextAsync(path, xml);

        var error = await Assert.ThrowsAsync<DumpFormatException>(() => DumpReader.OpenAsync(path));

        Assert.Contains("unsupported export schema version " + version, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public async Task ReadPages_IndexOffsetNotAtAStream_ThrowsNamingTheIndexAfterEarlierPages()
    {
        var index = await FatwikiReference.IndexAsync();
        var path = CopyFatwiki();
        var wrong = index.StreamOffsets[5] + 1;
        RewriteIndex(path, index, e => e.StreamOffset == index.StreamOffsets[5] ? e with { StreamOffset = wrong } : e);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions { Parallelism = 2 });

        Assert.Equal(500, pages.Count);
        Assert.Equal(wrong, error.ByteOffset);
        Assert.Contains("does not match the dump", error.Message, StringComparison.Ordinal);
        Assert.Contains("-index.txt.bz2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPageAsync_IndexPointsToAnotherStream_ThrowsPageIdNotInStream()
    {
        var index = await FatwikiReference.IndexAsync();
        var path = CopyFatwiki();
        var moved = index.Entries[250];
        RewriteIndex(path, index, e => e.PageId == moved.PageId ? e with { StreamOffset = index.StreamOffsets[7] } : e);

        var error = await Assert.ThrowsAsync<DumpFormatException>(() => DumpReader.ReadPageAsync(path, moved.Title));

        Assert.Equal(index.StreamOffsets[7], error.ByteOffset);
        Assert.Equal(moved.Title, error.PageTitle);
        Assert.Contains("is not in the bz2 stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPages_ValueNotAnInteger_ThrowsWithPageTitle()
    {
        var xml = SyntheticDump.Header() + SyntheticDump.Pages(1, 1).Replace("<ns>0</ns>", "<ns>zero</ns>", StringComparison.Ordinal) + "</mediawiki>";
        var path = Path.Combine(_directory, "badns.xml");
        await File.WriteAllTextAsync(path, xml);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions());

        Assert.Empty(pages);
        Assert.Equal("Page 1", error.PageTitle);
        Assert.Contains("<ns> is not an integer: \"zero\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_GzipFile_ThrowsNamingTheFormat()
    {
        var path = Path.Combine(_directory, "dump.xml.gz");
        await using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(SyntheticDump.Header()));
        }

        var error = await Assert.ThrowsAsync<DumpFormatException>(() => DumpReader.OpenAsync(path));

        Assert.Contains("gzip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_HtmlFile_ThrowsNotAMediaWikiExport()
    {
        var path = Path.Combine(_directory, "page.xml");
        await File.WriteAllTextAsync(path, "<html><body>hello</body></html>");

        var error = await Assert.ThrowsAsync<DumpFormatException>(() => DumpReader.OpenAsync(path));

        Assert.Contains("not a MediaWiki XML export", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPages_PageOverTextLimit_Throws()
    {
        var path = Path.Combine(_directory, "big.xml");
        await File.WriteAllTextAsync(path, SyntheticDump.Header() + SyntheticDump.Pages(1, 3) + "</mediawiki>");

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions { MaxPageTextLength = 100 });

        Assert.Empty(pages);
        Assert.Contains("MaxPageTextLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPages_DeeplyNestedUnknownElement_ThrowsNestingLimit()
    {
        var bomb = string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000));
        var xml = SyntheticDump.Header() + SyntheticDump.Pages(1, 1) + "  <page>\n    <title>Bomb</title>\n" + bomb + "</page>\n</mediawiki>";
        var path = Path.Combine(_directory, "bomb.xml");
        await File.WriteAllTextAsync(path, xml);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions());

        Assert.Single(pages);
        Assert.Equal("Bomb", error.PageTitle);
        Assert.Contains("nest deeper than 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPages_HugeTitle_ThrowsBeforeHoldingIt()
    {
        var xml = SyntheticDump.Header() + "  <page>\n    <title>" + new string('T', 3_000_000) + "</title>\n  </page>\n</mediawiki>";
        var path = Path.Combine(_directory, "title.xml");
        await File.WriteAllTextAsync(path, xml);

        var (pages, error) = await ReadUntilErrorAsync(path, new DumpReaderOptions());

        Assert.Empty(pages);
        Assert.Contains("<title> is longer than 1048576 characters", error.Message, StringComparison.Ordinal);
    }

    private static async Task<(List<DumpPage> Pages, DumpFormatException Error)> ReadUntilErrorAsync(string path, DumpReaderOptions options)
    {
        var pages = new List<DumpPage>();
        var error = await Assert.ThrowsAsync<DumpFormatException>(async () =>
        {
            await using var reader = await DumpReader.OpenAsync(path, options);
            await foreach (var page in reader.ReadPagesAsync())
            {
                pages.Add(page);
            }
        });
        return (pages, error);
    }

    private static void Truncate(string path, long length)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.SetLength(length);
    }

    private static void RewriteIndex(string dumpPath, MultistreamIndex index, Func<MultistreamIndexEntry, MultistreamIndexEntry> change)
    {
        var text = new StringBuilder();
        foreach (var entry in index.Entries.Select(change))
        {
            text.Append(entry.StreamOffset).Append(':').Append(entry.PageId).Append(':').Append(entry.Title).Append('\n');
        }

        using var output = new Athenaeum.Dump.Compression.Bzip2CompressStream(File.Create(SyntheticDump.IndexPathOf(dumpPath)));
        output.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private string CopyFatwiki()
    {
        var path = Path.Combine(_directory, Path.GetFileName(DumpTestHelpers.FatwikiDump));
        File.Copy(DumpTestHelpers.FatwikiDump, path);
        File.Copy(DumpTestHelpers.FatwikiIndex, SyntheticDump.IndexPathOf(path));
        return path;
    }
}

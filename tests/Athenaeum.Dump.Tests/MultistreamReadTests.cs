namespace Athenaeum.Dump.Tests;

/// <summary>Parallel, sequential, index-less and resumed reading of the fatwiki multistream dump give the same pages.</summary>
public sealed class MultistreamReadTests
{
    [Fact]
    public async Task ReadPages_ParallelAndSequential_GiveIdenticalPages()
    {
        var sequential = await FatwikiReference.Pages;
        var (_, two) = await DumpTestHelpers.ReadAllAsync(DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = 2 });
        var (_, four) = await DumpTestHelpers.ReadAllAsync(DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = 4 });

        Assert.Equal(3566, sequential.Count);
        Assert.Equal(DumpTestHelpers.Fingerprint(sequential), DumpTestHelpers.Fingerprint(two));
        Assert.Equal(DumpTestHelpers.Fingerprint(sequential), DumpTestHelpers.Fingerprint(four));
    }

    [Fact]
    public async Task ReadPages_WithoutIndex_FindsStreamBoundariesAndGivesIdenticalPages()
    {
        var indexed = await FatwikiReference.Pages;
        var (scanning, scanned) = await DumpTestHelpers.ReadAllAsync(DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = 2, UseIndex = false });

        Assert.Null(scanning.IndexPath);
        Assert.Equal(DumpKind.Bzip2Multistream, scanning.Kind);
        Assert.Equal(DumpTestHelpers.Fingerprint(indexed), DumpTestHelpers.Fingerprint(scanned));
    }

    [Fact]
    public async Task ReadPages_EveryPage_SourceOffsetIsItsStreamInTheIndex()
    {
        var index = await FatwikiReference.IndexAsync();
        var (_, parallel) = await DumpTestHelpers.ReadAllAsync(DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = 2 });

        Assert.Equal(index.Entries.Count, parallel.Count);
        Assert.All(parallel, page => Assert.Equal(index.FindById(page.Id)!.StreamOffset, page.SourceOffset));
        Assert.Equal(36, parallel.Select(p => p.SourceOffset).Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ReadPages_StartOffsetOfAStream_ResumesAtThatStream(int parallelism)
    {
        var index = await FatwikiReference.IndexAsync();
        var resumeAt = index.StreamOffsets[20];
        var all = await FatwikiReference.Pages;

        var (reader, resumed) = await DumpTestHelpers.ReadAllAsync(
            DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = parallelism, StartOffset = resumeAt });

        var expected = all.SkipWhile(p => p.SourceOffset != resumeAt).ToList();
        Assert.Equal(3566 - 2000, expected.Count);
        Assert.Equal(DumpTestHelpers.Fingerprint(expected), DumpTestHelpers.Fingerprint(resumed));
        Assert.Equal("fatwiki", reader.SiteInfo.DatabaseName);
    }

    [Fact]
    public async Task ReadPages_StartOffsetWithoutIndex_ResumesAtThatStream()
    {
        var index = await FatwikiReference.IndexAsync();
        var resumeAt = index.StreamOffsets[^1];

        var (_, resumed) = await DumpTestHelpers.ReadAllAsync(
            DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = 2, UseIndex = false, StartOffset = resumeAt });

        Assert.Equal(index.Entries.Where(e => e.StreamOffset == resumeAt).Select(e => e.PageId), resumed.Select(p => p.Id));
    }

    [Fact]
    public async Task OpenAsync_StartOffsetInsideAStream_ThrowsNamingTheOffset()
    {
        var index = await FatwikiReference.IndexAsync();
        var inside = index.StreamOffsets[3] + 17;

        var error = await Assert.ThrowsAsync<DumpFormatException>(
            () => DumpReader.OpenAsync(DumpTestHelpers.FatwikiDump, new DumpReaderOptions { StartOffset = inside }));

        Assert.Equal(inside, error.ByteOffset);
        Assert.Contains(DumpTestHelpers.FatwikiDump, error.Message, StringComparison.Ordinal);
        Assert.Contains("StartOffset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MediaWiki:Sitesupport-url")]
    [InlineData("Ebenezer Senior High School")]
    [InlineData("Nkyekyεmu:Burkina Faso ananmusifo a wɔwɔ Cape Verde")]
    public async Task ReadPageAsync_TitleFromIndex_EqualsPageReadThroughWholeDump(string title)
    {
        var all = await FatwikiReference.Pages;

        var page = await DumpReader.ReadPageAsync(DumpTestHelpers.FatwikiDump, title);

        Assert.NotNull(page);
        var expected = all.Single(p => p.Title == title);
        Assert.Equal(DumpTestHelpers.Fingerprint(expected), DumpTestHelpers.Fingerprint(page));
        Assert.Equal(expected.SourceOffset, page.SourceOffset);
    }

    [Fact]
    public async Task ReadPageAsync_MiddleStreamById_EqualsPageReadThroughWholeDump()
    {
        var index = await FatwikiReference.IndexAsync();
        var entry = index.Entries[index.Entries.Count / 2];
        var all = await FatwikiReference.Pages;

        var page = await DumpReader.ReadPageAsync(DumpTestHelpers.FatwikiDump, entry.PageId);

        Assert.NotNull(page);
        Assert.Equal(entry.Title, page.Title);
        Assert.Equal(DumpTestHelpers.Fingerprint(all.Single(p => p.Id == entry.PageId)), DumpTestHelpers.Fingerprint(page));
    }

    [Fact]
    public async Task ReadPageAsync_UnknownTitle_ReturnsNull()
    {
        var page = await DumpReader.ReadPageAsync(DumpTestHelpers.FatwikiDump, "No such page anywhere");

        Assert.Null(page);
    }

    [Fact]
    public async Task ReadPages_BreakEarly_StopsAndDisposesCleanly()
    {
        await using var reader = await DumpReader.OpenAsync(DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = 2 });
        var count = 0;
        await foreach (var page in reader.ReadPagesAsync())
        {
            Assert.False(string.IsNullOrEmpty(page.Title));
            if (++count == 150)
            {
                break;
            }
        }

        Assert.Equal(150, count);
        Assert.True(reader.BytesRead < reader.TotalBytes);
    }

    [Fact]
    public async Task ReadPages_CalledTwice_Throws()
    {
        await using var reader = await DumpReader.OpenAsync(DumpTestHelpers.FatwikiDump);
        await foreach (var unused in reader.ReadPagesAsync())
        {
            break;
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var unused in reader.ReadPagesAsync())
            {
            }
        });
    }

    [Fact]
    public async Task ReadPages_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await using var reader = await DumpReader.OpenAsync(DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = 2 });
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in reader.ReadPagesAsync(cancellation.Token))
            {
                if (++count == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(10, count);
    }
}

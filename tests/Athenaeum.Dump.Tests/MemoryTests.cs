using System.Text;
using Athenaeum.Dump.Input;

namespace Athenaeum.Dump.Tests;

/// <summary>A dump of about 200 MB of XML is read with flat memory: a bounded number of decoded streams, a small heap.</summary>
[Collection(nameof(MemoryTests))]
[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
public sealed class MemoryTests : IDisposable
{
    private const int StreamCount = 500;
    private const int PagesPerStream = 100;

    private readonly string _directory = DumpTestHelpers.TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ReadPages_200MegabytesOfXml_KeepsFewStreamsAndASmallHeap()
    {
        // 500 copies of one compressed stream of 100 pages (about 500 kB of XML each): about 250 MB of XML, quick to
        // write because bz2 streams are independent: the stream is compressed once and copied.
        var path = Path.Combine(_directory, "big-multistream.xml.bz2");
        var chunk = SyntheticDump.Compress(SyntheticPages());
        await using (var file = File.Create(path))
        {
            await file.WriteAsync(SyntheticDump.Compress(SyntheticDump.Header()));
            for (var i = 0; i < StreamCount; i++)
            {
                await file.WriteAsync(chunk);
            }

            await file.WriteAsync(SyntheticDump.Compress("</mediawiki>"));
        }

        await using var reader = await DumpReader.OpenAsync(path, new DumpReaderOptions { Parallelism = 2 });
        long pages = 0, peakHeap = 0, textLength = 0;
        await foreach (var page in reader.ReadPagesAsync())
        {
            textLength += page.LatestRevision!.Text!.Length;
            if (++pages % 5000 == 0)
            {
                // Live memory, not garbage waiting for a collection (how much of that there is depends on
                // the machine's load and GC timing, not on what the reader retains).
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        var source = Assert.IsType<ParallelMultistreamSource>(reader.Source);
        Assert.Equal(StreamCount * PagesPerStream, pages);
        Assert.InRange(reader.UncompressedBytesRead, 200_000_000, 260_000_000);
        Assert.True(textLength > 200_000_000);
        Assert.InRange(source.PeakBufferedStreams, 1, source.Capacity + 2);

        // Retaining the pages would take 400 MB of strings; the reader's own buffers take a few MB.
        Assert.InRange(peakHeap, 1, 160_000_000);
    }

    private static string SyntheticPages()
    {
        var xml = new StringBuilder();
        for (var i = 1; i <= PagesPerStream; i++)
        {
            Athenaeum.Dump.Xml.ExportXmlWriter.WritePage(xml, SyntheticDump.Page(i, textLength: 4000));
        }

        return xml.ToString();
    }
}

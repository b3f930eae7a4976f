using System.Text;

namespace Athenaeum.Dump.Tests.Input;

/// <summary>
/// Streams that split the XML anywhere (mid-line, mid-tag, inside a UTF-8 sequence) with any line endings: pages come
/// out as from the plain XML, and each page's source offset is the stream holding the '&lt;' of its <c>&lt;page&gt;</c>.
/// </summary>
public sealed class StreamPositionTests : IDisposable
{
    private readonly string _directory = DumpTestHelpers.TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(997, "\n", 1)]
    [InlineData(997, "\n", 2)]
    [InlineData(431, "\r\n", 2)]
    [InlineData(613, "\r", 2)]
    [InlineData(389, "mixed", 2)]
    public async Task ReadPages_StreamsSplitAnywhere_SameAsPlainXmlWithStreamOffsets(int chunkSize, string newline, int parallelism)
    {
        var xml = BuildXml(newline);
        var bytes = Encoding.UTF8.GetBytes(xml);
        var plainPath = Path.Combine(_directory, "plain.xml");
        await File.WriteAllBytesAsync(plainPath, bytes);
        var (dumpPath, chunkStarts, streamOffsets) = WriteSplit(bytes, chunkSize);

        var (_, expected) = await DumpTestHelpers.ReadAllAsync(plainPath);
        var (reader, pages) = await DumpTestHelpers.ReadAllAsync(dumpPath, new DumpReaderOptions { Parallelism = parallelism, UseIndex = false });

        Assert.Equal(DumpKind.Bzip2Multistream, reader.Kind);
        Assert.Equal(40, pages.Count);
        Assert.Equal(expected.Select(DumpTestHelpers.Fingerprint), pages.Select(DumpTestHelpers.Fingerprint));
        var pageStarts = AllIndexesOf(bytes, "<page>"u8.ToArray());
        var expectedOffsets = pageStarts.Select(at => streamOffsets[chunkStarts.FindLastIndex(start => start <= at)]);
        Assert.Equal(expectedOffsets, pages.Select(p => p.SourceOffset));
    }

    private static string BuildXml(string newline)
    {
        var xml = SyntheticDump.Header() + SyntheticDump.Pages(1, 40).Replace("<title>Page 7</title>", "<title>Ζεύς 😀 Ωμέγα</title>", StringComparison.Ordinal)
            .Replace("word1", "wörd😀€", StringComparison.Ordinal) + "</mediawiki>";
        if (newline == "mixed")
        {
            var result = new StringBuilder();
            var count = 0;
            foreach (var c in xml)
            {
                result.Append(c == '\n' ? (count++ % 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" } : c.ToString());
            }

            return result.ToString();
        }

        return xml.Replace("\n", newline, StringComparison.Ordinal);
    }

    private (string Path, List<int> ChunkStarts, List<long> StreamOffsets) WriteSplit(byte[] bytes, int chunkSize)
    {
        var path = Path.Combine(_directory, "split.xml.bz2");
        var chunkStarts = new List<int>();
        var offsets = new List<long>();
        using var file = File.Create(path);

        // The first stream must be small for the file to count as multistream: split the header off at 300 bytes.
        for (var start = 0; start < bytes.Length; start = start == 0 ? 300 : start + chunkSize)
        {
            var end = start == 0 ? 300 : Math.Min(bytes.Length, start + chunkSize);
            chunkStarts.Add(start);
            offsets.Add(file.Position);
            using var stream = new Athenaeum.Dump.Compression.Bzip2CompressStream(file, 1, leaveOpen: true);
            stream.Write(bytes, start, end - start);
        }

        return (path, chunkStarts, offsets);
    }

    private static List<int> AllIndexesOf(byte[] data, byte[] pattern)
    {
        var result = new List<int>();
        var at = 0;
        int found;
        while ((found = data.AsSpan(at).IndexOf(pattern)) >= 0)
        {
            result.Add(at + found);
            at += found + 1;
        }

        return result;
    }
}

using System.Text;
using Athenaeum.Dump.Compression;

namespace Athenaeum.Dump.Tests.Compression;

/// <summary>The libbz2 compressor and decompressor streams.</summary>
public sealed class Bzip2StreamTests
{
    [Fact]
    public void CompressThenDecompress_RandomData_RoundTrips()
    {
        var data = new byte[3_000_000];
        new Random(42).NextBytes(data.AsSpan(0, 1_000_000));
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("wikitext ", 200_000))).CopyTo(data, 1_000_000);

        var compressed = Compress(data, blockSize: 9);
        var restored = Decompress(compressed);

        Assert.True(compressed.Length < data.Length);
        Assert.Equal(data, restored);
        Assert.True(Bzip2StreamHeader.IsStreamStart(compressed));
    }

    [Fact]
    public void Decompress_ConcatenatedStreams_ReturnsAllAndTracksStreamOffsets()
    {
        var first = Compress("first stream "u8.ToArray(), 1);
        var second = Compress("second stream"u8.ToArray(), 5);
        var input = first.Concat(second).ToArray();
        using var stream = new Bzip2DecompressStream(new MemoryStream(input));
        var buffer = new byte[1024];

        var read1 = stream.Read(buffer);
        var offset1 = stream.CurrentStreamOffset;
        var read2 = stream.Read(buffer.AsSpan(read1));
        var offset2 = stream.CurrentStreamOffset;
        var read3 = stream.Read(buffer.AsSpan(read1 + read2));

        Assert.Equal("first stream second stream", Encoding.ASCII.GetString(buffer, 0, read1 + read2));
        Assert.Equal(0, offset1);
        Assert.Equal(first.Length, offset2);
        Assert.Equal(0, read3);
        Assert.Equal(input.Length, stream.CompressedBytesRead);
    }

    [Fact]
    public void Decompress_CorpusDump_MatchesBzipCommandLineLength()
    {
        using var stream = new Bzip2DecompressStream(File.OpenRead(DumpTestHelpers.FatwikiDump));

        var total = 0L;
        var buffer = new byte[65536];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
        }

        // bzcat fatwiki-20240920-pages-articles-multistream.xml.bz2 | wc -c
        Assert.Equal(13867859, total);
    }

    [Fact]
    public void Decompress_Truncated_ThrowsTruncatedAtEndOfInput()
    {
        var compressed = Compress(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 20000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))), 9);
        var truncated = compressed[..(compressed.Length / 2)];

        var error = Assert.Throws<DumpFormatException>(() => Decompress(truncated, "cut.bz2"));

        Assert.Equal(truncated.Length, error.ByteOffset);
        Assert.StartsWith("cut.bz2: byte ", error.Message, StringComparison.Ordinal);
        Assert.Contains("BZ_UNEXPECTED_EOF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompress_CorruptBlock_ThrowsDataError()
    {
        var compressed = Compress(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 20000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))), 9);
        for (var i = 40; i < 60; i++)
        {
            compressed[i] ^= 0x5A;
        }

        var error = Assert.Throws<DumpFormatException>(() => Decompress(compressed, "bad.bz2"));

        Assert.Contains("BZ_DATA_ERROR", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.ByteOffset, 0, compressed.Length);
    }

    [Fact]
    public void Decompress_GarbageAfterStream_ThrowsNamingTheOffset()
    {
        var compressed = Compress("data"u8.ToArray(), 9);
        var input = compressed.Concat("not bzip2"u8.ToArray()).ToArray();

        var error = Assert.Throws<DumpFormatException>(() => Decompress(input, "tail.bz2"));

        Assert.Equal(compressed.Length, error.ByteOffset);
        Assert.Contains("unexpected bytes after the bz2 stream", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { (byte)'<', (byte)'x', (byte)'m', (byte)'l', (byte)'>', 0, 0, 0, 0, 0, 0 }, "not bzip2 data")]
    public void Decompress_NotBzip2_Throws(byte[] input, string expected)
    {
        var error = Assert.Throws<DumpFormatException>(() => Decompress(input, "x"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompress_CorpusFilesAsBzipStreams_ProduceXml()
    {
        foreach (var name in (string[])["enwiki-2016-sample.xml.bz2", "enwiki-table-markup.xml.bz2", "synthetic-9-pages.xml.bz2"])
        {
            using var stream = new Bzip2DecompressStream(File.OpenRead(CorpusPaths.Get("dumps/" + name)));
            var head = new byte[10];
            stream.ReadExactly(head);

            Assert.Equal("<mediawiki", Encoding.ASCII.GetString(head));
        }
    }

    private static byte[] Compress(byte[] data, int blockSize)
    {
        using var output = new MemoryStream();
        using (var compressor = new Bzip2CompressStream(output, blockSize, leaveOpen: true))
        {
            // Several writes, to cross the compressor's internal buffering.
            for (var offset = 0; offset < data.Length; offset += 70_000)
            {
                compressor.Write(data, offset, Math.Min(70_000, data.Length - offset));
            }
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] compressed, string? name = null)
    {
        using var stream = new Bzip2DecompressStream(new MemoryStream(compressed), leaveOpen: false, name);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}

using Athenaeum.Dump.Compression;
using Athenaeum.Dump.Input;

namespace Athenaeum.Dump.Tests.Input;

/// <summary>
/// The parallel source confirms stream boundaries by decompression: false candidates are dropped and missed streams
/// decoded in order, so the bytes equal sequential decompression; an index that lies is an error.
/// </summary>
public sealed class ParallelMultistreamSourceTests
{
    [Fact]
    public async Task Read_FalseAndMissingCandidates_GivesExactlySequentialBytes()
    {
        var index = await FatwikiReference.IndexAsync();
        var offsets = index.StreamOffsets;

        // Drop every third real start, and add a bogus one inside every stream.
        var candidates = offsets.Where((_, i) => i % 3 != 1).Concat(offsets.Select(o => o + 1000)).Order().ToList();
        using var source = Open(candidates, authoritative: false, workers: 2);

        var (bytes, seenOffsets) = ReadAll(source);

        Assert.Equal(Sequential(), bytes);
        Assert.Equal([0L, .. offsets, 2728239L], seenOffsets);
    }

    [Fact]
    public async Task Read_AuthoritativeOffsetInsideAStream_ThrowsIndexMismatch()
    {
        var offsets = (await FatwikiReference.IndexAsync()).StreamOffsets;
        var candidates = offsets.Take(4).Append(offsets[3] + 1000).Concat(offsets.Skip(4)).ToList();
        using var source = Open(candidates, authoritative: true, workers: 2);

        var error = Assert.Throws<DumpFormatException>(() => ReadAll(source));

        Assert.Equal(offsets[3] + 1000, error.ByteOffset);
        Assert.Contains("does not match the dump", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ManyStreams_NeverHoldsMoreThanCapacityPlusTwo()
    {
        var offsets = (await FatwikiReference.IndexAsync()).StreamOffsets;
        using var source = Open([.. offsets], authoritative: true, workers: 3);

        _ = ReadAll(source, slowly: true);

        Assert.Equal(6, source.Capacity);
        Assert.InRange(source.PeakBufferedStreams, 2, source.Capacity + 2);
    }

    private static ParallelMultistreamSource Open(List<long> candidates, bool authoritative, int workers)
    {
        var path = DumpTestHelpers.FatwikiDump;
        DecodedStream header;
        using (var file = File.OpenHandle(path))
        using (var decoder = new StreamDecoder(file, path, new FileInfo(path).Length))
        {
            header = decoder.Decode(0, 1 << 20);
        }

        return new ParallelMultistreamSource(path, authoritative ? "test-index.txt" : null, header, header.End, new ListStarts(candidates, authoritative), workers);
    }

    private static (byte[] Bytes, List<long> Offsets) ReadAll(ParallelMultistreamSource source, bool slowly = false)
    {
        using var output = new MemoryStream();
        var offsets = new List<long>();
        var buffer = new byte[8192];
        int read;
        while ((read = source.Read(buffer, out var offset)) > 0)
        {
            output.Write(buffer, 0, read);
            if (offsets.Count == 0 || offsets[^1] != offset)
            {
                offsets.Add(offset);
            }

            if (slowly)
            {
                Thread.SpinWait(20_000);
            }
        }

        return (output.ToArray(), offsets);
    }

    private static byte[] Sequential()
    {
        using var stream = new Bzip2DecompressStream(File.OpenRead(DumpTestHelpers.FatwikiDump));
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    private sealed class ListStarts(List<long> offsets, bool authoritative) : IStreamStartProvider
    {
        private int _next;

        public bool IsAuthoritative => authoritative;

        public bool TryGetNext(out long offset)
        {
            offset = _next < offsets.Count ? offsets[_next] : 0;
            return _next++ < offsets.Count;
        }

        public void Dispose()
        {
        }
    }
}

using System.Buffers;
using static Athenaeum.Dump.Compression.Bzip2Native;

namespace Athenaeum.Dump.Compression;

/// <summary>One libbz2 compression state (<c>BZ2_bzCompress*</c>) that writes exactly one bzip2 stream.</summary>
/// <remarks>Not thread-safe. Not reusable: create one per stream.</remarks>
internal sealed unsafe class Bzip2Encoder : IDisposable
{
    private readonly BzStreamHandle _handle = new();

    /// <summary>Initializes a new instance of the <see cref="Bzip2Encoder"/> class.</summary>
    /// <param name="blockSize100k">The block size in units of 100 kB, 1 to 9 (bzip2 -1 … -9).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blockSize100k"/> is not 1 to 9.</exception>
    public Bzip2Encoder(int blockSize100k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize100k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(blockSize100k, 9);
        var rc = CompressInit(_handle.Stream, blockSize100k, 0, 0);
        if (rc != BzOk)
        {
            _handle.Dispose();
            throw rc == BzMemError
                ? new OutOfMemoryException("libbz2 could not allocate a compression state")
                : new InvalidOperationException("BZ2_bzCompressInit failed: " + CodeName(rc));
        }

        _handle.AttachedState = 2;
    }

    /// <summary>Compresses all of <paramref name="input"/> and, when <paramref name="finish"/>, ends the stream.</summary>
    /// <param name="input">Bytes to compress.</param>
    /// <param name="output">Where compressed bytes go.</param>
    /// <param name="finish">Whether this is the last input of the stream.</param>
    /// <exception cref="InvalidOperationException">libbz2 reported a sequence or parameter error.</exception>
    public void Compress(ReadOnlySpan<byte> input, IBufferWriter<byte> output, bool finish)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        var stream = _handle.Stream;
        fixed (byte* inPtr = input)
        {
            stream->NextIn = inPtr;
            stream->AvailIn = (uint)input.Length;
            while (true)
            {
                var span = output.GetSpan(64 * 1024);
                int rc;
                fixed (byte* outPtr = span)
                {
                    stream->NextOut = outPtr;
                    stream->AvailOut = (uint)span.Length;
                    rc = Bzip2Native.Compress(stream, finish ? BzFinish : BzRun);
                    output.Advance(span.Length - (int)stream->AvailOut);
                    stream->NextOut = null;
                }

                if (rc < 0)
                {
                    throw new InvalidOperationException("BZ2_bzCompress failed: " + CodeName(rc));
                }

                if (finish ? rc == BzStreamEnd : stream->AvailIn == 0)
                {
                    break;
                }
            }

            stream->NextIn = null;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _handle.Dispose();
}

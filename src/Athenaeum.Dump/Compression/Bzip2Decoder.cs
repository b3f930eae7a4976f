using static Athenaeum.Dump.Compression.Bzip2Native;

namespace Athenaeum.Dump.Compression;

/// <summary>
/// One libbz2 decompression state (<c>BZ2_bzDecompress*</c>). <see cref="Reset"/> starts a stream; each
/// <see cref="Decompress"/> call feeds input and takes output until the stream ends.
/// </summary>
/// <remarks>Not thread-safe: one thread uses an instance at a time. Reusable across streams.</remarks>
internal sealed unsafe class Bzip2Decoder : IDisposable
{
    private readonly BzStreamHandle _handle = new();

    /// <summary>Ends the current stream, if any, and gets ready to decompress a new one.</summary>
    /// <exception cref="OutOfMemoryException">libbz2 could not allocate its state.</exception>
    public void Reset()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        _handle.Detach();
        var rc = DecompressInit(_handle.Stream, 0, 0);
        if (rc != BzOk)
        {
            throw rc == BzMemError
                ? new OutOfMemoryException("libbz2 could not allocate a decompression state")
                : new InvalidOperationException("BZ2_bzDecompressInit failed: " + CodeName(rc));
        }

        _handle.AttachedState = 1;
    }

    /// <summary>Decompresses from <paramref name="input"/> into <paramref name="output"/>.</summary>
    /// <param name="input">Compressed bytes.</param>
    /// <param name="output">Room for decompressed bytes.</param>
    /// <param name="consumed">How many input bytes were used.</param>
    /// <param name="produced">How many output bytes were written.</param>
    /// <returns>A bzlib.h code: <see cref="Bzip2Native.BzOk"/>, <see cref="Bzip2Native.BzStreamEnd"/> or an error (negative).</returns>
    public int Decompress(ReadOnlySpan<byte> input, Span<byte> output, out int consumed, out int produced)
    {
        if (_handle.IsClosed || _handle.AttachedState != 1)
        {
            throw new InvalidOperationException("Reset must be called before Decompress.");
        }

        var stream = _handle.Stream;
        fixed (byte* inPtr = input)
        fixed (byte* outPtr = output)
        {
            stream->NextIn = inPtr;
            stream->AvailIn = (uint)input.Length;
            stream->NextOut = outPtr;
            stream->AvailOut = (uint)output.Length;
            var rc = Bzip2Native.Decompress(stream);
            consumed = input.Length - (int)stream->AvailIn;
            produced = output.Length - (int)stream->AvailOut;
            stream->NextIn = null;
            stream->NextOut = null;
            stream->AvailIn = 0;
            stream->AvailOut = 0;
            return rc;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _handle.Dispose();
}

using System.Buffers;

namespace Athenaeum.Dump.Compression;

/// <summary>
/// A write-only stream that compresses what is written to it into one bzip2 stream through the system's libbz2.
/// The stream is finished (its end-of-stream marker written) when this object is disposed.
/// </summary>
/// <remarks>Not thread-safe. To write a multistream file, write one instance per stream to the same output.</remarks>
public sealed class Bzip2CompressStream : Stream
{
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _pending = new(256 * 1024);
    private Bzip2Encoder? _encoder;

    /// <summary>Initializes a new instance of the <see cref="Bzip2CompressStream"/> class.</summary>
    /// <param name="output">Where the compressed bytes are written.</param>
    /// <param name="blockSize100k">The block size in units of 100 kB, 1 to 9 (9 is bzip2's default).</param>
    /// <param name="leaveOpen">Whether disposing this stream leaves <paramref name="output"/> open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blockSize100k"/> is not 1 to 9.</exception>
    public Bzip2CompressStream(Stream output, int blockSize100k = 9, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
        _encoder = new Bzip2Encoder(blockSize100k);
    }

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => _encoder is not null;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Compresses <paramref name="data"/> into one complete bzip2 stream.</summary>
    /// <param name="data">The bytes to compress.</param>
    /// <param name="output">Where the compressed stream is appended.</param>
    /// <param name="blockSize100k">The block size in units of 100 kB, 1 to 9.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public static void CompressStream(ReadOnlySpan<byte> data, IBufferWriter<byte> output, int blockSize100k = 9)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var encoder = new Bzip2Encoder(blockSize100k);
        encoder.Compress(data, output, finish: true);
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        Write(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_encoder is null, this);
        _encoder.Compress(buffer, _pending, finish: false);
        if (_pending.WrittenCount >= 128 * 1024)
        {
            Drain();
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        Drain();
        _output.Flush();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && _encoder is not null)
        {
            try
            {
                _encoder.Compress([], _pending, finish: true);
                Drain();
                _output.Flush();
            }
            finally
            {
                _encoder.Dispose();
                _encoder = null;
                if (!_leaveOpen)
                {
                    _output.Dispose();
                }
            }
        }

        base.Dispose(disposing);
    }

    private void Drain()
    {
        if (_pending.WrittenCount > 0)
        {
            _output.Write(_pending.WrittenSpan);
            _pending.ResetWrittenCount();
        }
    }
}

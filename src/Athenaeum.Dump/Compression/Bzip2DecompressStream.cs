using System.Buffers;
using System.Globalization;

namespace Athenaeum.Dump.Compression;

/// <summary>
/// A read-only stream that decompresses bzip2 data through the system's libbz2, including several bzip2 streams
/// back to back (a multistream dump read sequentially, or the output of pbzip2/lbzip2).
/// </summary>
/// <remarks>
/// Not thread-safe. One <see cref="Read(Span{byte})"/> call never returns bytes of two different bzip2 streams, so
/// after each read <see cref="CurrentStreamOffset"/> tells which stream the bytes came from. Truncated or corrupt
/// input raises <see cref="DumpFormatException"/> with the compressed byte offset; so do bytes after a stream that
/// do not start another stream.
/// </remarks>
public sealed class Bzip2DecompressStream : Stream
{
    private const int InputBufferSize = 128 * 1024;

    private readonly Stream _compressed;
    private readonly bool _leaveOpen;
    private readonly bool _singleStream;
    private readonly string _sourceName;
    private readonly long _baseOffset;
    private readonly Bzip2Decoder _decoder = new();
    private byte[]? _input = ArrayPool<byte>.Shared.Rent(InputBufferSize);
    private int _inputStart;
    private int _inputEnd;
    private bool _inputEof;
    private long _consumed;
    private bool _inStream;
    private bool _finished;
    private long _currentStreamOffset;
    private long _streamEndOffset = -1;

    /// <summary>Initializes a new instance of the <see cref="Bzip2DecompressStream"/> class.</summary>
    /// <param name="compressed">The bzip2 data, read from its current position.</param>
    /// <param name="leaveOpen">Whether disposing this stream leaves <paramref name="compressed"/> open.</param>
    /// <param name="sourceName">The name used in error messages; the file name of a <see cref="FileStream"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="compressed"/> is <see langword="null"/>.</exception>
    public Bzip2DecompressStream(Stream compressed, bool leaveOpen = false, string? sourceName = null)
        : this(compressed, leaveOpen, sourceName, singleStream: false)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Bzip2DecompressStream"/> class.</summary>
    /// <param name="compressed">The bzip2 data, read from its current position.</param>
    /// <param name="leaveOpen">Whether disposing this stream leaves <paramref name="compressed"/> open.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="singleStream">Whether to stop at the end of the first bzip2 stream.</param>
    internal Bzip2DecompressStream(Stream compressed, bool leaveOpen, string? sourceName, bool singleStream)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        _compressed = compressed;
        _leaveOpen = leaveOpen;
        _singleStream = singleStream;
        _sourceName = sourceName ?? (compressed as FileStream)?.Name ?? "bzip2 stream";
        _baseOffset = compressed.CanSeek ? compressed.Position : 0;
        _currentStreamOffset = _baseOffset;
    }

    /// <summary>Gets how many compressed bytes have been decompressed, counted from the file start when the input is seekable.</summary>
    public long CompressedBytesRead => Volatile.Read(ref _consumed) + _baseOffset;

    /// <summary>Gets the compressed offset of the bzip2 stream that produced the bytes of the latest read.</summary>
    public long CurrentStreamOffset => Volatile.Read(ref _currentStreamOffset);

    /// <summary>Gets the compressed offset just after the first stream, once a single-stream reader has reached it; otherwise -1.</summary>
    internal long StreamEndOffset => _streamEndOffset;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc/>
    /// <exception cref="DumpFormatException">The data is corrupt, truncated, or followed by bytes that are not bzip2.</exception>
    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_input is null, this);
        if (buffer.IsEmpty || _finished)
        {
            return 0;
        }

        while (true)
        {
            if (!_inStream && !StartNextStream())
            {
                return 0;
            }

            if (_inputStart == _inputEnd && !_inputEof)
            {
                Refill();
            }

            var rc = _decoder.Decompress(_input.AsSpan(_inputStart, _inputEnd - _inputStart), buffer, out var consumed, out var produced);
            _inputStart += consumed;
            Volatile.Write(ref _consumed, _consumed + consumed);
            if (rc == Bzip2Native.BzStreamEnd)
            {
                _inStream = false;
                if (_singleStream)
                {
                    _finished = true;
                    _streamEndOffset = CompressedBytesRead;
                }

                if (produced > 0)
                {
                    return produced;
                }

                continue;
            }

            if (rc < 0)
            {
                throw Bzip2Errors.Corrupt(_sourceName, _currentStreamOffset, CompressedBytesRead, rc);
            }

            if (produced > 0)
            {
                return produced;
            }

            if (consumed == 0 && _inputStart == _inputEnd && _inputEof)
            {
                throw Bzip2Errors.Truncated(_sourceName, _currentStreamOffset, CompressedBytesRead);
            }
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && _input is not null)
        {
            _decoder.Dispose();
            ArrayPool<byte>.Shared.Return(_input);
            _input = null;
            if (!_leaveOpen)
            {
                _compressed.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private bool StartNextStream()
    {
        // A stream ends on a byte boundary; the next one (if any) starts right after it. End of input at a
        // stream boundary is the normal end.
        if (_inputStart == _inputEnd && !_inputEof)
        {
            Refill();
        }

        if (_inputStart == _inputEnd)
        {
            _finished = true;
            if (CompressedBytesRead == _baseOffset)
            {
                throw new DumpFormatException(_sourceName, _baseOffset, null, "the bzip2 input is empty");
            }

            return false;
        }

        // Make sure the 10 header bytes are in the buffer to check them (they may straddle a refill).
        if (_inputEnd - _inputStart < Bzip2StreamHeader.Length && !_inputEof)
        {
            Refill();
        }

        if (!Bzip2StreamHeader.IsStreamStart(_input.AsSpan(_inputStart, _inputEnd - _inputStart)))
        {
            var where = CompressedBytesRead;
            throw Bzip2Errors.NotAStream(
                _sourceName,
                where,
                where == _baseOffset
                    ? "the input is not bzip2 data"
                    : string.Create(CultureInfo.InvariantCulture, $"unexpected bytes after the bz2 stream that ends at byte {where}"));
        }

        Volatile.Write(ref _currentStreamOffset, CompressedBytesRead);
        _decoder.Reset();
        _inStream = true;
        return true;
    }

    private void Refill()
    {
        var input = _input!;
        if (_inputStart > 0)
        {
            input.AsSpan(_inputStart, _inputEnd - _inputStart).CopyTo(input);
            _inputEnd -= _inputStart;
            _inputStart = 0;
        }

        while (_inputEnd < input.Length)
        {
            var read = _compressed.Read(input, _inputEnd, input.Length - _inputEnd);
            if (read == 0)
            {
                _inputEof = true;
                break;
            }

            _inputEnd += read;
            if (_inputEnd - _inputStart >= Bzip2StreamHeader.Length)
            {
                break;
            }
        }
    }
}

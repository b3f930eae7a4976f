using Athenaeum.Dump.Compression;

namespace Athenaeum.Dump.Input;

/// <summary>
/// Decompresses a bzip2 dump on the reading thread: optionally the already decoded header stream first, then every
/// stream from a start offset to the end of the file.
/// </summary>
internal sealed class SequentialBzip2Source : XmlInputSource
{
    private readonly DecodedStream? _header;
    private readonly Bzip2DecompressStream _stream;
    private readonly bool _multistream;
    private int _headerBuffer;
    private int _headerPosition;
    private long _headerDelivered;

    /// <summary>Initializes a new instance of the <see cref="SequentialBzip2Source"/> class.</summary>
    /// <param name="path">The dump file.</param>
    /// <param name="header">The decoded first stream to deliver first, or <see langword="null"/> to start at <paramref name="startOffset"/> directly.</param>
    /// <param name="startOffset">Where to start decompressing.</param>
    /// <param name="multistream">Whether source offsets name bz2 streams.</param>
    public SequentialBzip2Source(string path, DecodedStream? header, long startOffset, bool multistream)
    {
        _header = header;
        _multistream = multistream;
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        file.Position = startOffset;
        _stream = new Bzip2DecompressStream(file, leaveOpen: false, path, singleStream: false);
    }

    /// <inheritdoc/>
    public override bool TracksStreams => _multistream;

    /// <inheritdoc/>
    public override long BytesRead => _header is not null && Volatile.Read(ref _headerDelivered) < _header.Length
        ? _header.ProgressAt(Volatile.Read(ref _headerDelivered))
        : _stream.CompressedBytesRead;

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer, out long sourceOffset)
    {
        if (_header is not null && _headerDelivered < _header.Length)
        {
            sourceOffset = _header.Start;
            var copied = _header.CopyTo(buffer, ref _headerBuffer, ref _headerPosition);
            Volatile.Write(ref _headerDelivered, _headerDelivered + copied);
            return copied;
        }

        var before = _stream.CompressedBytesRead;
        var read = _stream.Read(buffer);
        sourceOffset = _multistream ? _stream.CurrentStreamOffset : before;
        return read;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
            _header?.Release();
        }

        base.Dispose(disposing);
    }
}

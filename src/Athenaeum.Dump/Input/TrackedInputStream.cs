namespace Athenaeum.Dump.Input;

/// <summary>
/// The stream <see cref="System.Xml.XmlReader"/> reads: it pulls bytes from an <see cref="XmlInputSource"/>, counts
/// them, and for a multistream source remembers at which line and column each bz2 stream's bytes begin, so that a
/// position the XML reader reports (a page start, an error) maps back to the bz2 stream it is in.
/// </summary>
/// <remarks>Read by one thread; <see cref="BytesDelivered"/> may be read from any thread.</remarks>
internal sealed class TrackedInputStream : Stream
{
    private readonly XmlInputSource _source;
    private readonly List<Segment> _segments = [];
    private TextPositionCounter _position;
    private bool _started;
    private int _head;
    private long _lastOffset = -1;
    private long _delivered;

    /// <summary>Initializes a new instance of the <see cref="TrackedInputStream"/> class.</summary>
    /// <param name="source">Where the bytes come from; not owned.</param>
    public TrackedInputStream(XmlInputSource source)
    {
        _source = source;
    }

    /// <summary>Gets how many XML bytes have been handed to the XML reader.</summary>
    public long BytesDelivered => Volatile.Read(ref _delivered);

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

    /// <summary>
    /// Finds the file offset of the bytes at a reader position: the bz2 stream holding it for a multistream source,
    /// else the current read position. Positions must not go backwards between calls with <paramref name="prune"/>.
    /// </summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 0-based column in UTF-16 code units.</param>
    /// <param name="prune">Whether to forget the segments before this position.</param>
    /// <returns>The file offset.</returns>
    public long Locate(long line, long column, bool prune)
    {
        if (!_source.TracksStreams || _segments.Count == _head)
        {
            return _source.BytesRead;
        }

        var index = _head;
        while (index + 1 < _segments.Count && !_segments[index + 1].IsAfter(line, column))
        {
            index++;
        }

        var offset = _segments[index].SourceOffset;
        if (prune && index > _head)
        {
            _head = index;
            if (_head > 1024)
            {
                _segments.RemoveRange(0, _head);
                _head = 0;
            }
        }

        return offset;
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        var read = _source.Read(buffer, out var sourceOffset);
        if (read == 0 || !_source.TracksStreams)
        {
            Volatile.Write(ref _delivered, _delivered + read);
            return read;
        }

        var data = buffer[..read];
        if (!_started)
        {
            _started = true;
            var utf16 = data.Length >= 2 && (data[0] is 0xFF or 0xFE || data[0] == 0 || data[1] == 0);
            var bigEndian = utf16 && (data[0] == 0xFE || data[0] == 0);
            _position = new TextPositionCounter(utf16, bigEndian);
        }

        if (sourceOffset != _lastOffset)
        {
            _segments.Add(new Segment(_position.Line, _position.Column, sourceOffset));
            _lastOffset = sourceOffset;
        }

        _position.Advance(data);
        Volatile.Write(ref _delivered, _delivered + read);
        return read;
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

    private readonly record struct Segment(long Line, long Column, long SourceOffset)
    {
        public bool IsAfter(long line, long column) => Line > line || (Line == line && Column > column);
    }
}

namespace Athenaeum.Dump.Input;

/// <summary>Delivers a few byte arrays in order, each tagged with the file offset it came from (reading one page through the index).</summary>
internal sealed class BufferedStreamsSource : XmlInputSource
{
    private readonly IReadOnlyList<(byte[] Bytes, long Offset)> _parts;
    private int _part;
    private int _position;

    /// <summary>Initializes a new instance of the <see cref="BufferedStreamsSource"/> class.</summary>
    /// <param name="parts">The parts, in order.</param>
    public BufferedStreamsSource(IReadOnlyList<(byte[] Bytes, long Offset)> parts)
    {
        _parts = parts;
    }

    /// <inheritdoc/>
    public override bool TracksStreams => true;

    /// <inheritdoc/>
    public override long BytesRead => _part < _parts.Count ? _parts[_part].Offset : 0;

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer, out long sourceOffset)
    {
        while (_part < _parts.Count)
        {
            var (bytes, offset) = _parts[_part];
            var count = Math.Min(buffer.Length, bytes.Length - _position);
            if (count > 0)
            {
                bytes.AsSpan(_position, count).CopyTo(buffer);
                _position += count;
                sourceOffset = offset;
                return count;
            }

            _part++;
            _position = 0;
        }

        sourceOffset = 0;
        return 0;
    }
}

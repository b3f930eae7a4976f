using System.Buffers;

namespace Athenaeum.Dump.Input;

/// <summary>
/// One bz2 stream decompressed into pooled buffers, or the reason it could not be: an error, too much output to
/// buffer, or no stream at that offset.
/// </summary>
/// <remarks>Written by one worker, then handed to the reading thread; not thread-safe.</remarks>
internal sealed class DecodedStream
{
    /// <summary>The size of each output buffer.</summary>
    public const int BufferSize = 256 * 1024;

    // A pool of our own: the shared pool keeps few arrays of this size per core, and a stream can need a hundred.
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(BufferSize, 256);

    private readonly List<byte[]> _buffers = [];

    /// <summary>Initializes a new instance of the <see cref="DecodedStream"/> class.</summary>
    /// <param name="start">The compressed offset of the stream.</param>
    public DecodedStream(long start)
    {
        Start = start;
        End = start;
    }

    /// <summary>Gets the compressed offset of the stream.</summary>
    public long Start { get; }

    /// <summary>Gets or sets the compressed offset just after the stream (when decoded completely).</summary>
    public long End { get; set; }

    /// <summary>Gets the number of decompressed bytes held.</summary>
    public long Length { get; private set; }

    /// <summary>Gets or sets the fault found while decoding, thrown when the reader reaches this stream.</summary>
    public DumpFormatException? Error { get; set; }

    /// <summary>Gets or sets a value indicating whether the output passed the buffering limit (the stream is then read sequentially).</summary>
    public bool Oversized { get; set; }

    /// <summary>Gets or sets a value indicating whether no bz2 stream header is at <see cref="Start"/>.</summary>
    public bool NotAStreamStart { get; set; }

    /// <summary>Gets a value indicating whether the stream decoded completely.</summary>
    public bool IsComplete => Error is null && !Oversized && !NotAStreamStart;

    /// <summary>Gets writable room at the end of the output, renting a new buffer when the last one is full.</summary>
    /// <returns>The free part of the last buffer.</returns>
    public Span<byte> GetWritableSpan()
    {
        var used = (int)(Length % BufferSize);
        if (used == 0 && Length / BufferSize == _buffers.Count)
        {
            _buffers.Add(Pool.Rent(BufferSize));
        }

        return _buffers[^1].AsSpan(used, BufferSize - used);
    }

    /// <summary>Records that <paramref name="count"/> bytes were written into the span of <see cref="GetWritableSpan"/>.</summary>
    /// <param name="count">The number of bytes written.</param>
    public void Advance(int count) => Length += count;

    /// <summary>Copies bytes from a read cursor into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="bufferIndex">The cursor's buffer, advanced.</param>
    /// <param name="position">The cursor's position in that buffer, advanced.</param>
    /// <returns>How many bytes were copied; 0 when the cursor is at the end.</returns>
    public int CopyTo(Span<byte> destination, ref int bufferIndex, ref int position)
    {
        var copied = 0;
        while (copied < destination.Length)
        {
            var offset = ((long)bufferIndex * BufferSize) + position;
            var available = (int)Math.Min(Length - offset, BufferSize - position);
            if (available <= 0)
            {
                if (position == BufferSize)
                {
                    bufferIndex++;
                    position = 0;
                    continue;
                }

                break;
            }

            var count = Math.Min(available, destination.Length - copied);
            _buffers[bufferIndex].AsSpan(position, count).CopyTo(destination[copied..]);
            copied += count;
            position += count;
        }

        return copied;
    }

    /// <summary>Gets the decompressed bytes as one array (for small streams: a header or a single looked-up stream).</summary>
    /// <returns>A new array.</returns>
    public byte[] ToArray()
    {
        var result = new byte[Length];
        int bufferIndex = 0, position = 0;
        _ = CopyTo(result, ref bufferIndex, ref position);
        return result;
    }

    /// <summary>Estimates the compressed position reached after <paramref name="delivered"/> decompressed bytes, for progress.</summary>
    /// <param name="delivered">Decompressed bytes handed to the parser.</param>
    /// <returns>A file offset between <see cref="Start"/> and <see cref="End"/>.</returns>
    public long ProgressAt(long delivered) =>
        Length == 0 ? End : Start + (long)((End - Start) * ((double)delivered / Length));

    /// <summary>Returns the buffers to the pool. The stream is empty afterwards.</summary>
    public void Release()
    {
        foreach (var buffer in _buffers)
        {
            Pool.Return(buffer);
        }

        _buffers.Clear();
        Length = 0;
    }
}

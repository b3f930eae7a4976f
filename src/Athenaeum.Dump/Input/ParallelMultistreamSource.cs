using System.Globalization;
using Athenaeum.Dump.Compression;
using Microsoft.Win32.SafeHandles;

namespace Athenaeum.Dump.Input;

/// <summary>
/// Decompresses the bz2 streams of a multistream dump on several worker threads and hands their XML to the
/// reading thread in file order, through a bounded ring of decoded streams so that memory stays flat.
/// </summary>
/// <remarks>
/// <para>Stream offsets come from the index or from a scan. Each worker decodes from its offset to the end of that
/// stream. The reading thread then confirms the chain: the first stream starts where the header ended, and each
/// next one starts where the previous one ended. A scanned offset inside another stream (a false match) is dropped;
/// a gap (a stream the offsets missed, the footer, or a stream too big to buffer) is decoded on the reading thread.
/// With an index, an offset that is not a stream start, or that lies inside another stream, is an error.</para>
/// <para><see cref="Read"/> is called by one thread; <see cref="Stop"/> and <see cref="BytesRead"/> by any.</para>
/// </remarks>
internal sealed partial class ParallelMultistreamSource : XmlInputSource
{
    /// <summary>The most decompressed bytes one stream may buffer; bigger streams are read sequentially.</summary>
    internal const long MaxBufferedStreamBytes = 64L << 20;

    private readonly string _path;
    private readonly string? _indexPath;
    private readonly SafeFileHandle _file;
    private readonly long _fileLength;
    private readonly IStreamStartProvider _starts;
    private readonly DecodedStream?[] _ring;
    private readonly Thread[] _workers;
    private readonly object _gate = new();

    // Shared with the workers, guarded by _gate.
    private long _assigned;
    private long _taken;
    private bool _startsDone;
    private Exception? _failure;
    private bool _stopped;
    private int _buffered;
    private int _peakBuffered;

    // The reading thread's state.
    private DecodedStream? _current;
    private int _currentBuffer;
    private int _currentPosition;
    private long _currentDelivered;
    private DecodedStream? _lookahead;
    private Bzip2DecompressStream? _inline;
    private long _inlineStart;
    private long _expected;
    private long _previousStart;
    private long _bytesRead;

    /// <summary>Initializes a new instance of the <see cref="ParallelMultistreamSource"/> class and starts its workers.</summary>
    /// <param name="path">The dump file.</param>
    /// <param name="indexPath">The index the offsets come from, or <see langword="null"/> for a scan.</param>
    /// <param name="header">The decoded first stream (siteinfo), delivered first; owned by this source.</param>
    /// <param name="firstOffset">Where the first page stream starts (the header's end, or a resume offset).</param>
    /// <param name="starts">The stream offsets, from <paramref name="firstOffset"/> on; owned by this source.</param>
    /// <param name="workers">How many decompression threads to run.</param>
    public ParallelMultistreamSource(string path, string? indexPath, DecodedStream header, long firstOffset, IStreamStartProvider starts, int workers)
    {
        _path = path;
        _indexPath = indexPath;
        _file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        _fileLength = RandomAccess.GetLength(_file);
        _starts = starts;
        _current = header;
        _expected = firstOffset;
        _previousStart = header.Start;
        _buffered = _peakBuffered = 1;

        // Two decoded streams per worker keep every worker busy while the parser reads, and bound memory.
        Capacity = Math.Max(2, workers * 2);
        _ring = new DecodedStream?[Capacity];
        _workers = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            _workers[i] = new Thread(WorkerLoop)
            {
                IsBackground = true,
                Name = "Athenaeum bz2 decoder " + i.ToString(CultureInfo.InvariantCulture),
            };
            _workers[i].Start();
        }
    }

    /// <summary>Gets how many decoded streams the ring holds at most (running and finished, not yet read).</summary>
    public int Capacity { get; }

    /// <summary>Gets the largest number of decoded streams held in memory at once so far (ring, current and look-ahead).</summary>
    public int PeakBufferedStreams
    {
        get
        {
            lock (_gate)
            {
                return _peakBuffered;
            }
        }
    }

    /// <inheritdoc/>
    public override bool TracksStreams => true;

    /// <inheritdoc/>
    public override long BytesRead => Volatile.Read(ref _bytesRead);

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer, out long sourceOffset)
    {
        while (true)
        {
            if (Volatile.Read(ref _stopped))
            {
                throw new OperationCanceledException("The dump reader was stopped.");
            }

            if (_current is not null)
            {
                var copied = _current.CopyTo(buffer, ref _currentBuffer, ref _currentPosition);
                if (copied > 0)
                {
                    _currentDelivered += copied;
                    Volatile.Write(ref _bytesRead, _current.ProgressAt(_currentDelivered));
                    sourceOffset = _current.Start;
                    return copied;
                }

                ReleaseTaken(_current);
                _current = null;
                continue;
            }

            if (_inline is not null)
            {
                var read = _inline.Read(buffer);
                Volatile.Write(ref _bytesRead, _inline.CompressedBytesRead);
                if (read > 0)
                {
                    sourceOffset = _inlineStart;
                    return read;
                }

                _expected = _inline.StreamEndOffset;
                _inline.Dispose();
                _inline = null;
                continue;
            }

            if (_expected >= _fileLength)
            {
                sourceOffset = _fileLength;
                return 0;
            }

            AdvanceToNextStream();
        }
    }

    /// <inheritdoc/>
    public override void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Stop();
            foreach (var worker in _workers)
            {
                worker.Join();
            }

            for (var i = 0; i < _ring.Length; i++)
            {
                _ring[i]?.Release();
                _ring[i] = null;
            }

            _current?.Release();
            _lookahead?.Release();
            _inline?.Dispose();
            _starts.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    private void AdvanceToNextStream()
    {
        var job = _lookahead ?? TakeJob();
        _lookahead = null;
        if (job is null)
        {
            StartInline(_expected);
            return;
        }

        if (_indexPath is not null && job.NotAStreamStart)
        {
            ReleaseTaken(job);
            throw IndexMismatch(job.Start, "no bz2 stream starts at this offset");
        }

        if (job.Start < _expected)
        {
            ReleaseTaken(job);
            if (_indexPath is not null)
            {
                throw IndexMismatch(job.Start, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the offset lies inside the bz2 stream that starts at byte {_previousStart} and ends at byte {_expected}"));
            }

            return;
        }

        if (job.Start > _expected)
        {
            _lookahead = job;
            StartInline(_expected);
            return;
        }

        _previousStart = job.Start;
        if (job.Error is not null)
        {
            ReleaseTaken(job);
            throw job.Error;
        }

        if (job.Oversized)
        {
            ReleaseTaken(job);
            StartInline(_expected);
            return;
        }

        _current = job;
        _currentBuffer = _currentPosition = 0;
        _currentDelivered = 0;
        _expected = job.End;
    }

    private DumpFormatException IndexMismatch(long offset, string problem) =>
        new(_path, offset, null, $"the multistream index {Path.GetFileName(_indexPath)} does not match the dump: {problem}");

    private void StartInline(long offset)
    {
        Span<byte> head = stackalloc byte[Bzip2StreamHeader.Length];
        var length = RandomAccess.Read(_file, head, offset);
        if (!Bzip2StreamHeader.IsStreamStart(head[..length]))
        {
            throw Bzip2Errors.NotAStream(_path, offset, "unexpected bytes after the previous bz2 stream");
        }

        var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        file.Position = offset;
        _inline = new Bzip2DecompressStream(file, leaveOpen: false, _path, singleStream: true);
        _inlineStart = offset;
        _previousStart = offset;
    }
}

using Athenaeum.Dump.Compression;
using Microsoft.Win32.SafeHandles;

namespace Athenaeum.Dump.Input;

/// <summary>
/// Finds candidate stream starts by scanning the file for bzip2 stream headers, a chunk at a time, ahead of the
/// workers. Candidates are confirmed by decompression (see <see cref="ParallelMultistreamSource"/>).
/// </summary>
internal sealed class ScannedStreamStarts : IStreamStartProvider
{
    private const int ChunkSize = 1024 * 1024;

    private readonly SafeFileHandle _file;
    private readonly long _fileLength;
    private readonly byte[] _buffer = new byte[ChunkSize];
    private long _bufferOffset;
    private int _bufferLength;
    private long _next;

    /// <summary>Initializes a new instance of the <see cref="ScannedStreamStarts"/> class.</summary>
    /// <param name="path">The dump file.</param>
    /// <param name="from">The first offset to consider.</param>
    public ScannedStreamStarts(string path, long from)
    {
        _file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        _fileLength = RandomAccess.GetLength(_file);
        _next = from;
        _bufferOffset = from;
    }

    /// <inheritdoc/>
    public bool IsAuthoritative => false;

    /// <inheritdoc/>
    public bool TryGetNext(out long offset)
    {
        while (_next <= _fileLength - Bzip2StreamHeader.Length)
        {
            if (_next < _bufferOffset || _next + Bzip2StreamHeader.Length > _bufferOffset + _bufferLength)
            {
                _bufferOffset = _next;
                _bufferLength = RandomAccess.Read(_file, _buffer, _next);
                if (_bufferLength < Bzip2StreamHeader.Length)
                {
                    break;
                }
            }

            var found = Bzip2StreamHeader.Find(_buffer.AsSpan(0, _bufferLength), (int)(_next - _bufferOffset));
            if (found >= 0)
            {
                offset = _bufferOffset + found;
                _next = offset + 1;
                return true;
            }

            // No header in the rest of the buffer; keep the last bytes, which may begin a header.
            _next = _bufferOffset + _bufferLength - Bzip2StreamHeader.Length + 1;
            if (_bufferOffset + _bufferLength >= _fileLength)
            {
                break;
            }
        }

        offset = 0;
        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();
}

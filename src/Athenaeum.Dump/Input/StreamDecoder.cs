using System.Globalization;
using Athenaeum.Dump.Compression;
using Microsoft.Win32.SafeHandles;

namespace Athenaeum.Dump.Input;

/// <summary>
/// Decompresses one bz2 stream of a file into memory, reading the file by position so that several instances can
/// work on one file handle at once.
/// </summary>
/// <remarks>Not thread-safe: each worker owns an instance (it holds a libbz2 state and an input buffer).</remarks>
internal sealed class StreamDecoder : IDisposable
{
    private const int InputChunk = 128 * 1024;

    private readonly SafeFileHandle _file;
    private readonly string _path;
    private readonly long _fileLength;
    private readonly Bzip2Decoder _decoder = new();
    private readonly byte[] _input = new byte[InputChunk];

    /// <summary>Initializes a new instance of the <see cref="StreamDecoder"/> class.</summary>
    /// <param name="file">The open file.</param>
    /// <param name="path">The file's path, for messages.</param>
    /// <param name="fileLength">The file's length.</param>
    public StreamDecoder(SafeFileHandle file, string path, long fileLength)
    {
        _file = file;
        _path = path;
        _fileLength = fileLength;
    }

    /// <summary>Decompresses the stream at <paramref name="start"/>, keeping at most <paramref name="maxOutput"/> bytes.</summary>
    /// <param name="start">The compressed offset of the stream.</param>
    /// <param name="maxOutput">The most decompressed bytes to buffer; beyond it the result is marked oversized.</param>
    /// <param name="stop">Checked between chunks; when it returns <see langword="true"/> decoding is abandoned.</param>
    /// <returns>The decoded stream, or one marked with its fault. Never throws for bad data.</returns>
    public DecodedStream Decode(long start, long maxOutput, Func<bool>? stop = null)
    {
        var result = new DecodedStream(start);
        try
        {
            DecodeInto(result, maxOutput, stop);
        }
        catch (IOException ex)
        {
            result.Error = new DumpFormatException(_path, start, null, "cannot read the file: " + ex.Message, ex);
        }

        if (!result.IsComplete)
        {
            result.Release();
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => _decoder.Dispose();

    private void DecodeInto(DecodedStream result, long maxOutput, Func<bool>? stop)
    {
        var start = result.Start;
        var position = start;
        var inputStart = 0;
        var inputEnd = RandomAccess.Read(_file, _input, position);
        if (!Bzip2StreamHeader.IsStreamStart(_input.AsSpan(0, inputEnd)))
        {
            result.NotAStreamStart = true;
            result.Error = Bzip2Errors.NotAStream(_path, start, start >= _fileLength
                ? string.Create(CultureInfo.InvariantCulture, $"the offset is past the end of the file ({_fileLength} bytes)")
                : "the offset is not at the start of a bz2 stream");
            return;
        }

        position += inputEnd;
        _decoder.Reset();
        while (true)
        {
            if (inputStart == inputEnd)
            {
                if (stop?.Invoke() == true)
                {
                    result.Oversized = true;
                    return;
                }

                inputStart = 0;
                inputEnd = position < _fileLength ? RandomAccess.Read(_file, _input, position) : 0;
                position += inputEnd;
            }

            if (result.Length >= maxOutput)
            {
                result.Oversized = true;
                return;
            }

            var output = result.GetWritableSpan();
            var rc = _decoder.Decompress(_input.AsSpan(inputStart, inputEnd - inputStart), output, out var consumed, out var produced);
            inputStart += consumed;
            result.Advance(produced);
            var consumedUpTo = position - (inputEnd - inputStart);
            if (rc == Bzip2Native.BzStreamEnd)
            {
                result.End = consumedUpTo;
                return;
            }

            if (rc < 0)
            {
                result.Error = Bzip2Errors.Corrupt(_path, start, consumedUpTo, rc);
                return;
            }

            if (consumed == 0 && produced == 0 && inputEnd == 0)
            {
                result.Error = Bzip2Errors.Truncated(_path, start, consumedUpTo);
                return;
            }
        }
    }
}

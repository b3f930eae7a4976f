using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Athenaeum.Dump.Compression;

namespace Athenaeum.Dump.Input;

/// <summary>
/// Reads the lines of a multistream index (<c>offset:pageid:title</c>, bzip2-compressed or plain) as bytes,
/// without decoding titles unless asked.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class IndexLineReader : IDisposable
{
    private readonly string _path;
    private readonly Stream _text;
    private readonly byte[] _buffer = new byte[256 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private long _bufferTextOffset;
    private int _titleStart;
    private int _titleLength;

    /// <summary>Initializes a new instance of the <see cref="IndexLineReader"/> class.</summary>
    /// <param name="path">The index file.</param>
    /// <exception cref="DumpFormatException">The file does not exist.</exception>
    public IndexLineReader(string path)
    {
        _path = path;
        if (!File.Exists(path))
        {
            throw new DumpFormatException(path, 0, null, "the multistream index file does not exist");
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        Span<byte> head = stackalloc byte[Bzip2StreamHeader.Length];
        var headLength = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        _text = Bzip2StreamHeader.IsStreamStart(head[..headLength])
            ? new Bzip2DecompressStream(file, leaveOpen: false, path)
            : file;
    }

    /// <summary>Gets the 1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets the offset of the current line in the decompressed index text.</summary>
    public long LineTextOffset { get; private set; }

    /// <summary>Gets the stream offset of the current line.</summary>
    public long StreamOffset { get; private set; }

    /// <summary>Gets the page id of the current line.</summary>
    public long PageId { get; private set; }

    /// <summary>Gets the title of the current line as written: UTF-8, with '&amp;', '"', '&lt;' and '&gt;' escaped in Wikimedia's indexes.</summary>
    public ReadOnlySpan<byte> TitleBytes => _buffer.AsSpan(_titleStart, _titleLength);

    /// <summary>Gets the title of the current line, unescaped.</summary>
    public string Title => Unescape(Encoding.UTF8.GetString(TitleBytes));

    /// <summary>
    /// Escapes a title as Wikimedia writes it in an index: PHP's htmlspecialchars, which turns '&amp;', '"', '&lt;'
    /// and '&gt;' into entities and leaves "'" alone.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <returns>The escaped title.</returns>
    public static string Escape(string title) => title.Contains('&', StringComparison.Ordinal) || title.Contains('"', StringComparison.Ordinal) || title.Contains('<', StringComparison.Ordinal) || title.Contains('>', StringComparison.Ordinal)
        ? title.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        : title;

    private static string Unescape(string title) => title.Contains('&', StringComparison.Ordinal)
        ? title.Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal).Replace("&#039;", "'", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal)
        : title;

    /// <summary>Reads the next non-empty line.</summary>
    /// <returns><see langword="false"/> at the end of the index.</returns>
    /// <exception cref="DumpFormatException">A line is not <c>offset:pageid:title</c>, or the compressed index is corrupt.</exception>
    public bool MoveNext()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (_eof)
                {
                    if (_start == _end)
                    {
                        return false;
                    }

                    newline = _end - _start;
                }
                else
                {
                    Fill();
                    continue;
                }
            }

            var lineStart = _start;
            var line = _buffer.AsSpan(lineStart, newline);
            _start = Math.Min(_end, lineStart + newline + 1);
            LineNumber++;
            LineTextOffset = _bufferTextOffset + lineStart;
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty)
            {
                continue;
            }

            Parse(line, lineStart);
            return true;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _text.Dispose();

    private void Parse(ReadOnlySpan<byte> line, int lineStart)
    {
        var firstColon = line.IndexOf((byte)':');
        var secondColon = firstColon < 0 ? -1 : line[(firstColon + 1)..].IndexOf((byte)':');
        if (firstColon <= 0 || secondColon <= 0
            || !Utf8Parser.TryParse(line[..firstColon], out long offset, out var offsetLength) || offsetLength != firstColon || offset < 0
            || !Utf8Parser.TryParse(line.Slice(firstColon + 1, secondColon), out long pageId, out var idLength) || idLength != secondColon)
        {
            var shown = Encoding.UTF8.GetString(line[..Math.Min(line.Length, 120)]);
            throw new DumpFormatException(_path, LineTextOffset, null, string.Create(
                CultureInfo.InvariantCulture,
                $"line {LineNumber} of the multistream index is not 'offset:pageid:title': \"{shown}\""));
        }

        StreamOffset = offset;
        PageId = pageId;
        _titleStart = lineStart + firstColon + secondColon + 2;
        _titleLength = line.Length - firstColon - secondColon - 2;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferTextOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new DumpFormatException(_path, _bufferTextOffset, null, string.Create(
                CultureInfo.InvariantCulture,
                $"line {LineNumber + 1} of the multistream index is longer than {_buffer.Length} bytes"));
        }

        var read = _text.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}

namespace Athenaeum.Dump.Input;

/// <summary>
/// Follows the line and column that <see cref="System.Xml.XmlReader"/> reports (<see cref="System.Xml.IXmlLineInfo"/>)
/// over the bytes it is given, so that a position the reader reports can be mapped back to the bytes it came from.
/// </summary>
/// <remarks>
/// Lines break at "\n", "\r\n" and a lone "\r" (XML 1.0 §2.11). Columns count UTF-16 code units, as the reader
/// does: in UTF-8, one per lead byte plus one more for a 4-byte sequence (a surrogate pair). A byte order mark at
/// the very start is not counted. Mutable struct: keep it in a field and call it through that field.
/// </remarks>
internal struct TextPositionCounter
{
    private readonly bool _utf16;
    private readonly bool _bigEndian;
    private bool _started;
    private bool _lastWasCr;
    private int _pendingByte;

    /// <summary>Initializes a new instance of the <see cref="TextPositionCounter"/> struct.</summary>
    /// <param name="utf16">Whether the text is UTF-16.</param>
    /// <param name="bigEndian">Whether UTF-16 text is big-endian.</param>
    public TextPositionCounter(bool utf16, bool bigEndian)
    {
        _utf16 = utf16;
        _bigEndian = bigEndian;
        _pendingByte = -1;
        Line = 1;
    }

    /// <summary>Gets the 1-based line of the next byte.</summary>
    public long Line { get; private set; }

    /// <summary>Gets the 0-based column (in UTF-16 code units) of the next character.</summary>
    public long Column { get; private set; }

    /// <summary>Moves past <paramref name="data"/>.</summary>
    /// <param name="data">The next bytes of the document.</param>
    public void Advance(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        if (!_started)
        {
            _started = true;
            if (!_utf16 && data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                data = data[3..];
            }
            else if (_utf16 && data.Length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
            {
                data = data[2..];
            }
        }

        if (_utf16)
        {
            AdvanceUtf16(data);
        }
        else
        {
            AdvanceUtf8(data);
        }
    }

    private static int CountUtf16Units(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }

            if (b >= 0xF0)
            {
                count++;
            }
        }

        return count;
    }

    private void AdvanceUtf8(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        var lastBreak = data.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (lastBreak < 0)
        {
            Column += CountUtf16Units(data);
            _lastWasCr = false;
            return;
        }

        var breaks = data.Count((byte)'\n');
        var returns = data.Count((byte)'\r');
        breaks += returns;
        if (_lastWasCr && data[0] == (byte)'\n')
        {
            breaks--;
        }

        if (returns > 0)
        {
            var rest = data;
            int index;
            while ((index = rest.IndexOf((byte)'\r')) >= 0)
            {
                if (index + 1 < rest.Length && rest[index + 1] == (byte)'\n')
                {
                    breaks--;
                }

                rest = rest[(index + 1)..];
            }
        }

        Line += breaks;
        Column = CountUtf16Units(data[(lastBreak + 1)..]);
        _lastWasCr = data[^1] == (byte)'\r';
    }

    private void AdvanceUtf16(ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            if (_pendingByte < 0)
            {
                _pendingByte = b;
                continue;
            }

            var unit = _bigEndian ? (_pendingByte << 8) | b : (b << 8) | _pendingByte;
            _pendingByte = -1;
            if (unit == '\n')
            {
                if (!_lastWasCr)
                {
                    Line++;
                }

                Column = 0;
                _lastWasCr = false;
            }
            else if (unit == '\r')
            {
                Line++;
                Column = 0;
                _lastWasCr = true;
            }
            else
            {
                Column++;
                _lastWasCr = false;
            }
        }
    }
}

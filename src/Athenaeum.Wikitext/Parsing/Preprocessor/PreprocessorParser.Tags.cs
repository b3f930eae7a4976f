using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <content>ANGLE: comments, extension tags, and the noinclude/includeonly/onlyinclude markup.</content>
internal sealed partial class PreprocessorParser
{
    private const string OnlyIncludeOpen = "<onlyinclude>";
    private const string OnlyIncludeClose = "</onlyinclude>";

    /// <summary>Parses ONLYINCLUDE-GAP: text outside <c>&lt;onlyinclude&gt;</c> when transcluding, which is ignored.</summary>
    /// <returns><see langword="false"/> when the ignored text runs to the end.</returns>
    private bool ParseOnlyIncludeGap()
    {
        var startPos = _text.IndexOf(OnlyIncludeOpen, _i, StringComparison.Ordinal);
        if (startPos < 0)
        {
            AddIgnored(_i, _text.Length);
            _i = _text.Length;
            return false;
        }

        var tagEnd = startPos + OnlyIncludeOpen.Length;
        AddIgnored(_i, tagEnd);
        _i = tagEnd;
        _findOnlyInclude = false;
        return true;
    }

    /// <summary>Parses ANGLE: a "&lt;" that may start a comment, an extension tag or include markup.</summary>
    private void ParseAngle()
    {
        if (_enableOnlyInclude && StartsWithAt(_i, OnlyIncludeClose))
        {
            _findOnlyInclude = true;
            return;
        }

        if (StartsWithAt(_i + 1, "!--"))
        {
            ParseComment();
            return;
        }

        var name = MatchElementName(_i + 1);
        if (name is null)
        {
            AddLiteralAndAdvance(1);
            return;
        }

        ParseXmlishElement(name);
    }

    /// <summary>Parses XMLISH-ELEMENT: an extension tag, or an ignored include tag or element.</summary>
    /// <param name="name">The element name as written.</param>
    private void ParseXmlishElement(string name)
    {
        var lowerName = AsciiText.ToLower(name);
        var attrStart = _i + name.Length + 1;
        var tagEndPos = _noMoreGreaterThan ? -1 : _text.IndexOf('>', attrStart);
        if (tagEndPos < 0)
        {
            // No ">" anywhere to the right: stop looking for tags (MediaWiki's O(N^2) guard).
            _noMoreGreaterThan = true;
            AddLiteralAndAdvance(1);
            return;
        }

        if (IsIgnoredTag(lowerName))
        {
            AddIgnored(_i, tagEndPos + 1);
            _i = tagEndPos + 1;
            return;
        }

        var tagStartPos = _i;
        int attrEnd;
        string? inner;
        string? close;
        if (_text[tagEndPos - 1] == '/')
        {
            attrEnd = tagEndPos - 1;
            inner = null;
            close = null;
            _i = tagEndPos + 1;
        }
        else
        {
            attrEnd = tagEndPos;
            if (!_noMoreClosingTag.Contains(name) && TryFindClosingTag(name, tagEndPos + 1, out var closeStart, out var closeLength))
            {
                inner = _text[(tagEndPos + 1)..closeStart];
                close = _text.Substring(closeStart, closeLength);
                _i = closeStart + closeLength;
            }
            else if (name is "includeonly" or "noinclude" or "onlyinclude")
            {
                // These may run to the end of the text without a closing tag.
                inner = _text[(tagEndPos + 1)..];
                close = null;
                _i = _text.Length;
            }
            else
            {
                // Unclosed extension tag: the opening tag is text, and this name is never closed further on.
                _i = tagEndPos + 1;
                _accum.AddLiteral(tagStartPos, tagEndPos + 1 - tagStartPos);
                _noMoreClosingTag.Add(name);
                return;
            }
        }

        if (IsIgnoredElement(lowerName))
        {
            AddIgnored(tagStartPos, _i);
            return;
        }

        var attributes = attrEnd <= attrStart ? string.Empty : _text[attrStart..attrEnd];
        _accum.Add(new ParserTag(tagStartPos, name, attributes, inner, close));
    }

    /// <summary>
    /// Parses COMMENT. A run of comments alone on its line, with only spaces and tabs around it,
    /// takes that whitespace and the line's newline, so that removing it leaves no blank line.
    /// </summary>
    private void ParseComment()
    {
        var endPos = _text.IndexOf("-->", Math.Min(_i + 4, _text.Length), StringComparison.Ordinal);
        if (endPos < 0)
        {
            _accum.Add(new Comment(_i, _text[_i..]));
            _i = _text.Length;
            return;
        }

        var wsStart = _i - CountBackward(_i, " \t");
        var wsEnd = endPos + 2 + CountForward(endPos + 3, " \t");
        var comments = new List<(int Start, int End)> { (wsStart, wsEnd) };
        while (StartsWithAt(wsEnd + 1, "<!--"))
        {
            var c = _text.IndexOf("-->", wsEnd + 4, StringComparison.Ordinal);
            if (c < 0)
            {
                break;
            }

            c = c + 2 + CountForward(c + 3, " \t");
            comments.Add((wsEnd + 1, c));
            wsEnd = c;
        }

        int startPos;
        if (wsStart > 0 && _text[wsStart - 1] == '\n' && wsEnd + 1 < _text.Length && _text[wsEnd + 1] == '\n')
        {
            // Eat the line: the leading whitespace moves from the text into the first comment.
            var wsLength = _i - wsStart;
            if (wsLength > 0 && !_accum.TryTrimTrailingWhitespace(wsLength))
            {
                // Defensive: the whitespace is not ours to take, so the comment starts at "<!--".
                comments[0] = (_i, comments[0].End);
            }

            for (var j = 0; j < comments.Count - 1; j++)
            {
                _accum.Add(new Comment(comments[j].Start, _text[comments[j].Start..(comments[j].End + 1)]));
            }

            startPos = comments[^1].Start;
            endPos = comments[^1].End + 1;
            _fakeLineStart = true;
        }
        else
        {
            startPos = _i;
            endPos += 2;
        }

        if (Top is { } top)
        {
            var part = top.CurrentPart;
            if (!(part.CommentEnd >= 0 && part.CommentEnd == wsStart - 1))
            {
                part.VisualEnd = wsStart;
            }

            part.CommentEnd = endPos;
        }

        _i = endPos + 1;
        _accum.Add(new Comment(startPos, _text[startPos..(endPos + 1)]));
    }

    /// <summary>
    /// Finds the element name at <paramref name="at"/>: the characters up to whitespace, "&gt;" or
    /// "/&gt;", if they name a registered tag or include markup of the current mode (ASCII case-insensitive,
    /// like MediaWiki's PCRE /i without /u).
    /// </summary>
    private string? MatchElementName(int at)
    {
        var q = at;
        while (q < _text.Length)
        {
            var c = _text[q];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '>' || (c == '/' && q + 1 < _text.Length && _text[q + 1] == '>'))
            {
                break;
            }

            q++;
            if (q - at > _maxTagNameLength)
            {
                return null;
            }
        }

        if (q == at || q >= _text.Length)
        {
            return null;
        }

        var name = _text[at..q];
        var lower = AsciiText.ToLower(name);
        return _extensionTags.Contains(lower) || IsModeElement(lower) || IsIgnoredTag(lower) ? name : null;
    }

    private bool IsModeElement(string lowerName) => _forInclusion ? lowerName == "noinclude" : lowerName == "includeonly";

    private bool IsIgnoredElement(string lowerName) => _forInclusion ? lowerName == "noinclude" : lowerName == "includeonly";

    private bool IsIgnoredTag(string lowerName) => _forInclusion
        ? lowerName is "includeonly" or "/includeonly"
        : lowerName is "noinclude" or "/noinclude" or "onlyinclude" or "/onlyinclude";

    /// <summary>Finds <c>&lt;/name\s*&gt;</c> (ASCII case-insensitive) at or after <paramref name="from"/>.</summary>
    private bool TryFindClosingTag(string name, int from, out int start, out int length)
    {
        var pos = from;
        while (pos < _text.Length)
        {
            var lt = _text.IndexOf("</", pos, StringComparison.Ordinal);
            if (lt < 0)
            {
                break;
            }

            var p = lt + 2;
            if (p + name.Length <= _text.Length && AsciiEqualsIgnoreCase(_text.AsSpan(p, name.Length), name))
            {
                p += name.Length;
                while (p < _text.Length && _text[p] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
                {
                    p++;
                }

                if (p < _text.Length && _text[p] == '>')
                {
                    start = lt;
                    length = p + 1 - lt;
                    return true;
                }
            }

            pos = lt + 2;
        }

        start = -1;
        length = 0;
        return false;
    }

    private bool StartsWithAt(int pos, string s)
        => pos >= 0 && pos + s.Length <= _text.Length && string.CompareOrdinal(_text, pos, s, 0, s.Length) == 0;

    private void AddIgnored(int start, int end)
    {
        if (end > start)
        {
            _accum.Add(new IgnoredMarkup(start, _text[start..end]));
        }
    }

    private void AddLiteralAndAdvance(int length)
    {
        _accum.AddLiteral(_i, length);
        _i += length;
    }

    private int CountBackward(int before, string chars)
    {
        var n = 0;
        while (before - n - 1 >= 0 && chars.Contains(_text[before - n - 1], StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private int CountForward(int from, string chars, int max = int.MaxValue)
    {
        var n = 0;
        while (n < max && from + n < _text.Length && chars.Contains(_text[from + n], StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static bool AsciiEqualsIgnoreCase(ReadOnlySpan<char> a, string b)
    {
        for (var k = 0; k < a.Length; k++)
        {
            var x = a[k];
            var y = b[k];
            if (x == y)
            {
                continue;
            }

            if ((x | 0x20) != (y | 0x20) || (x | 0x20) is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}

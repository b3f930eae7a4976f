using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <content>COMMENT: HTML comments and the whole-line rule.</content>
internal sealed partial class PreprocessorParser
{
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
}

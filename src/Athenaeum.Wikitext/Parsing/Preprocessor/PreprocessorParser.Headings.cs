using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <content>LINE-START and HEADING: "=" runs at the start of a line and their closing at the line end.</content>
internal sealed partial class PreprocessorParser
{
    /// <summary>Parses LINE-START: the newline (unless this is the fake line start), then a possible heading opening.</summary>
    private void ParseLineStart()
    {
        if (_fakeLineStart)
        {
            _fakeLineStart = false;
        }
        else
        {
            AddLiteralAndAdvance(1);
        }

        var count = CountForward(_i, "=", 6);
        if (count == 1 && _findEquals)
        {
            // A lone "=" at a line start inside a template part is the name/value separator (MediaWiki's DWIM rule).
            return;
        }

        if (count > 0)
        {
            var piece = new StackElement(_text, "\n", "\n", count, _i, lineStart: false, savedPrefix: false);
            piece.Parts = [new StackPart(_text, _i, -1)];
            piece.Parts[0].Out.AddLiteral(_i, count);
            Push(piece);
            _i += count;
        }
    }

    /// <summary>
    /// Parses HEADING-END: at the end of a line opened by "=", decides whether the line is a heading
    /// and its level from the "=" run before the line end (ignoring trailing spaces and comments).
    /// The newline itself is left for the next LINE-START.
    /// </summary>
    private void ParseHeadingEnd()
    {
        var piece = _stack[^1];
        var part = piece.CurrentPart;
        var searchStart = _i - CountBackward(_i, " \t");
        if (part.CommentEnd >= 0 && searchStart - 1 == part.CommentEnd)
        {
            // A comment at the line end: look for the "=" run before it.
            searchStart = part.VisualEnd;
            searchStart -= CountBackward(searchStart, " \t");
        }

        var count = piece.Count;
        var equalsLength = CountBackward(searchStart, "=");
        Node? heading = null;
        if (equalsLength > 0)
        {
            if (searchStart - equalsLength == piece.Start)
            {
                // A line of "=" only: as doHeadings' /={count}(.+)={count}/, both ends come from one run.
                count = equalsLength < 3 ? 0 : Math.Min(6, (equalsLength - 1) / 2);
            }
            else
            {
                count = Math.Min(equalsLength, count);
            }

            if (count > 0)
            {
                heading = new Heading(count, _headingIndex++, part.Out.ToNodeList(), isSectionHeading: false);
            }
        }

        Pop();
        if (heading is null)
        {
            _accum.AddRange(part.Out);
        }
        else
        {
            _accum.Add(heading);
        }
    }
}

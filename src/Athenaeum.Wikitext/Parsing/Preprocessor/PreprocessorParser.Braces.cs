using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <content>BRACES: "{{", "{{{", "[[" and "-{" openings, their parts and closings.</content>
internal sealed partial class PreprocessorParser
{
    /// <summary>Parses OPEN: a run of "{" or "[", or "-{", pushed when long enough for a construct.</summary>
    private void ParseOpening()
    {
        var curChar = _curChar;
        var count = curChar.Length > 1
            ? CountForward(_i + 1, curChar[^1].ToString()) + 1
            : CountForward(_i, curChar);
        var lineStart = _i > 0 && _text[_i - 1] == '\n';
        var savedPrefix = false;
        if (curChar == "-{" && count > 2)
        {
            // "-{{": the braces win (rightmost wins), the "-" is kept aside as a saved prefix.
            savedPrefix = true;
            _i++;
            curChar = "{";
            count--;
        }

        if (count >= MinCount(curChar))
        {
            Push(new StackElement(_text, curChar, CloseOf(curChar), count, _i, lineStart, savedPrefix));
        }
        else
        {
            var literal = (savedPrefix ? "-" : string.Empty) + string.Concat(Enumerable.Repeat(curChar, count));
            _accum.AddLiteral(_i - (savedPrefix ? 1 : 0), literal);
        }

        _i += count;
    }

    /// <summary>
    /// Parses CLOSE: a run of "}" or "]", or "}-", matched against the innermost open construct with
    /// MediaWiki's brace-run disambiguation (3 braces make an argument, 2 a template; extra opening
    /// braces stay open, extra closing braces are text).
    /// </summary>
    private void ParseClosing()
    {
        var piece = _stack[^1];
        var curChar = _curChar;
        var maxCount = piece.Count;
        if (piece.Close == "}-" && curChar == "}")
        {
            maxCount--;
        }

        // Only whether the run is longer than the longest construct (3) matters, so the count stops
        // there: counting a long run again at every closing would be quadratic.
        var count = curChar.Length > 1 ? curChar.Length : CountForward(_i, curChar, Math.Clamp(maxCount, 0, 4));
        var matchingCount = MatchingCount(piece.Open, count);
        if (matchingCount <= 0)
        {
            AddLiteralAndAdvance(count);
            return;
        }

        var elementStart = piece.Start + (piece.Count - matchingCount);
        var elementEnd = _i + matchingCount;
        Accumulator element;
        if (piece.Open == "{")
        {
            element = new Accumulator(_text, elementStart);
            var atLineStart = maxCount == matchingCount && piece.LineStart && !piece.SavedPrefix;
            element.Add(BuildBraceNode(piece, matchingCount, elementStart, elementEnd, atLineStart));
        }
        else
        {
            // "[[…]]" and "-{…}-" are not nodes: they only kept "|" and "=" from splitting a template.
            element = piece.BreakSyntax(matchingCount);
            element.AddLiteral(_i, matchingCount);
        }

        _i += matchingCount;
        Pop();

        if (matchingCount < piece.Count)
        {
            // Unmatched opening characters remain: keep them open if they can still make a construct.
            piece.Count -= matchingCount;
            piece.Parts = [new StackPart(_text, piece.Start + piece.Count, -1)];
            if (piece.Count >= MinCount(piece.Open))
            {
                Push(piece);
            }
            else if (piece.Count == 1 && piece.Open == "{" && piece.SavedPrefix)
            {
                // "-{" + a lone "{" left over: it becomes a language-conversion opening again.
                piece.SavedPrefix = false;
                piece.Open = "-{";
                piece.Count = 2;
                piece.Close = "}-";
                piece.Start--;
                piece.Parts = [new StackPart(_text, piece.Start + 2, -1)];
                Push(piece);
            }
            else
            {
                var prefixLength = piece.SavedPrefix ? 1 : 0;
                var opening = piece.Open.Length > 1
                    ? string.Concat(piece.Open.AsSpan(0, piece.Open.Length - 1), new string(piece.Open[^1], piece.Count - (piece.Open.Length - 1)))
                    : new string(piece.Open[0], piece.Count);
                _accum.AddLiteral(piece.Start - prefixLength, (piece.SavedPrefix ? "-" : string.Empty) + opening);
            }
        }
        else if (piece.SavedPrefix)
        {
            _accum.AddLiteral(piece.Start - 1, "-");
        }

        _accum.AddRange(element);
    }

    /// <summary>Parses PIPE: a "|" that starts the next part of the innermost template or argument.</summary>
    private void ParsePipe()
    {
        _stack[^1].AddPart(_i);
        RefreshFlags();
        _i++;
    }

    /// <summary>Parses EQUALS: the first top-level "=" of a part, which splits it into name and value.</summary>
    private void ParseEquals()
    {
        _accum.Add(new EqualsMarker(_i));
        _stack[^1].CurrentPart.EqualsIndex = _accum.Count - 1;
        RefreshFlags();
        _i++;
    }

    private static Node BuildBraceNode(StackElement piece, int matchingCount, int start, int end, bool atLineStart)
    {
        var title = piece.Parts[0].Out.ToNodeList();
        var arguments = new List<TemplateArgument>(piece.Parts.Count - 1);
        var position = 1;
        for (var k = 1; k < piece.Parts.Count; k++)
        {
            var part = piece.Parts[k];
            var count = part.Out.Count;
            if (part.EqualsIndex >= 0)
            {
                var equals = part.Out.NodeAt(part.EqualsIndex);
                var name = part.Out.Slice(part.Out.Start, 0, part.EqualsIndex);
                var value = part.Out.Slice(equals.End, part.EqualsIndex + 1, count);
                arguments.Add(new TemplateArgument(name, value, 0));
            }
            else
            {
                arguments.Add(new TemplateArgument(null, part.Out.ToNodeList(), position++));
            }
        }

        return matchingCount == 3
            ? new ArgumentReference(start, end - start, title, arguments, atLineStart)
            : new Template(start, end - start, title, arguments, atLineStart);
    }

    /// <summary>How many closing characters make a construct: 2 or 3 for braces, 2 for the others; 0 for none.</summary>
    private static int MatchingCount(string open, int count)
    {
        if (open == "{")
        {
            return count > 3 ? 3 : count is 2 or 3 ? count : 0;
        }

        return count >= 2 ? 2 : 0;
    }

    private static int MinCount(string open) => 2;

    private static string CloseOf(string open) => open switch
    {
        "{" => "}",
        "[" => "]",
        "-{" => "}-",
        _ => "\n",
    };
}

using System.Buffers;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <content>The literal scan: text up to the next character that may start or end a construct.</content>
internal sealed partial class PreprocessorParser
{
    // One search set per combination of closing text, "|" and "=" (MediaWiki's strcspn $search).
    private static readonly SearchValues<char>[] SearchSets = BuildSearchSets();

    private string _curChar = string.Empty;

    private enum Token
    {
        None,
        EndOfText,
        Pipe,
        EqualsSign,
        Angle,
        LineStart,
        LineEnd,
        Open,
        Close,
    }

    /// <summary>Adds the literal run at the cursor to the output and classifies the character after it.</summary>
    /// <returns>What was found; <see cref="Token.None"/> when a lone character was taken as text.</returns>
    private Token ScanLiteral()
    {
        var closing = Top?.Close ?? string.Empty;
        var search = SearchSets[SearchSetIndex(closing, _findPipe, _findEquals, _languageConversion)];
        var rest = _text.AsSpan(_i);
        var literal = rest.IndexOfAny(search);
        if (literal < 0)
        {
            literal = rest.Length;
        }

        if (literal > 0)
        {
            _accum.AddLiteral(_i, literal);
            _i += literal;
        }

        if (_i >= _text.Length)
        {
            if (closing == "\n")
            {
                // A past-the-end run finishes off a heading on the last line.
                _curChar = string.Empty;
                return Token.LineEnd;
            }

            return Token.EndOfText;
        }

        var c = _text[_i];
        var two = _i + 1 < _text.Length ? _text.Substring(_i, 2) : c.ToString();
        _curChar = c.ToString();
        switch (c)
        {
            case '|':
                return Token.Pipe;
            case '=':
                return Token.EqualsSign;
            case '<':
                return Token.Angle;
            case '\n':
                return _inHeading ? Token.LineEnd : Token.LineStart;
        }

        if (two == closing)
        {
            _curChar = two;
            return Token.Close;
        }

        if (_curChar == closing)
        {
            return Token.Close;
        }

        if (two == "-{" && _languageConversion)
        {
            _curChar = two;
            return Token.Open;
        }

        if (c is '{' or '[')
        {
            return Token.Open;
        }

        // A "-" or "}" that neither opens "-{" nor closes the open construct is text.
        _accum.AddLiteral(_i, _curChar);
        _i++;
        return Token.None;
    }

    private static int SearchSetIndex(string closing, bool pipe, bool equals, bool languageConversion)
    {
        var closingIndex = closing switch
        {
            "}" => 1,
            "]" => 2,
            "}-" => 3,
            "\n" => 4,
            _ => 0,
        };
        return (((closingIndex * 2) + (pipe ? 1 : 0)) * 2 + (equals ? 1 : 0)) * 2 + (languageConversion ? 1 : 0);
    }

    private static SearchValues<char>[] BuildSearchSets()
    {
        var sets = new SearchValues<char>[5 * 2 * 2 * 2];
        string[] closings = [string.Empty, "}", "]", "}-", "\n"];
        foreach (var closing in closings)
        {
            foreach (var pipe in new[] { false, true })
            {
                foreach (var equals in new[] { false, true })
                {
                    foreach (var conversion in new[] { false, true })
                    {
                        var chars = "[{<\n" + (conversion ? "-" : string.Empty) + closing + (pipe ? "|" : string.Empty) + (equals ? "=" : string.Empty);
                        sets[SearchSetIndex(closing, pipe, equals, conversion)] = SearchValues.Create(chars);
                    }
                }
            }
        }

        return sets;
    }
}

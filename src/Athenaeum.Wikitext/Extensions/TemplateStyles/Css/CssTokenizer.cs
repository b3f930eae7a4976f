using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>
/// Splits CSS into tokens as CSS Syntax Level 3 §4 does (comments dropped, escapes decoded, newlines
/// normalized), recording the parse errors it meets (unclosed comment, newline in string, bad URL …).
/// </summary>
/// <remarks>Not thread-safe: one instance per input.</remarks>
internal sealed class CssTokenizer
{
    private readonly string _text;
    private readonly List<CssError> _errors;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Initializes a new instance of the <see cref="CssTokenizer"/> class.</summary>
    /// <param name="css">The CSS text.</param>
    /// <param name="errors">Receives the parse errors.</param>
    public CssTokenizer(string css, List<CssError> errors)
    {
        // §3.3: CR LF, CR and FF become LF; NUL becomes U+FFFD.
        _text = css.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\f', '\n').Replace('\0', '\uFFFD');
        _errors = errors;
    }

    /// <summary>Reads every token of the input, the EOF token last.</summary>
    /// <returns>The tokens.</returns>
    public List<CssToken> Tokenize()
    {
        var tokens = new List<CssToken>();
        while (true)
        {
            var token = Next();
            tokens.Add(token);
            if (token.Type == CssTokenType.Eof)
            {
                return tokens;
            }
        }
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_' || c >= 0x80;

    private static bool IsName(char c) => IsNameStart(c) || char.IsAsciiDigit(c) || c == '-';

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n';

    private char Peek(int offset = 0) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private bool AtEnd(int offset = 0) => _pos + offset >= _text.Length;

    private void Advance(int count = 1)
    {
        for (var k = 0; k < count && _pos < _text.Length; k++)
        {
            if (_text[_pos] == '\n')
            {
                _line++;
                _lineStart = _pos + 1;
            }

            _pos++;
        }
    }

    private CssToken Make(CssTokenType type, string value, int line, int column, string unit = "") => new(type, value, unit, line, column);

    private void Error(string code, int line, int column) => _errors.Add(new CssError(code, line, column));

    private bool IsValidEscape(int offset) => Peek(offset) == '\\' && !AtEnd(offset + 1) && Peek(offset + 1) != '\n';

    private bool StartsIdentifier(int offset)
    {
        var c = Peek(offset);
        if (AtEnd(offset))
        {
            return false;
        }

        if (c == '-')
        {
            return (!AtEnd(offset + 1) && (IsNameStart(Peek(offset + 1)) || Peek(offset + 1) == '-')) || IsValidEscape(offset + 1);
        }

        return IsNameStart(c) || IsValidEscape(offset);
    }

    private bool StartsNumber(int offset)
    {
        var c = Peek(offset);
        if (AtEnd(offset))
        {
            return false;
        }

        if (c is '+' or '-')
        {
            return char.IsAsciiDigit(Peek(offset + 1)) || (Peek(offset + 1) == '.' && char.IsAsciiDigit(Peek(offset + 2)));
        }

        return c == '.' ? char.IsAsciiDigit(Peek(offset + 1)) : char.IsAsciiDigit(c);
    }

    private CssToken Next()
    {
        SkipComments();
        var line = _line;
        var column = _pos - _lineStart + 1;
        if (AtEnd())
        {
            return Make(CssTokenType.Eof, string.Empty, line, column);
        }

        var c = Peek();
        if (IsWhitespace(c))
        {
            while (!AtEnd() && IsWhitespace(Peek()))
            {
                Advance();
            }

            return Make(CssTokenType.Whitespace, " ", line, column);
        }

        switch (c)
        {
            case '"' or '\'':
                return ConsumeString(c, line, column);
            case '#' when !AtEnd(1) && (IsName(Peek(1)) || IsValidEscape(1)):
                Advance();
                var isId = StartsIdentifier(0);
                return Make(CssTokenType.Hash, ConsumeName(), line, column) with { IsIdHash = isId };
            case '(':
                Advance();
                return Make(CssTokenType.LeftParen, "(", line, column);
            case ')':
                Advance();
                return Make(CssTokenType.RightParen, ")", line, column);
            case '[':
                Advance();
                return Make(CssTokenType.LeftBracket, "[", line, column);
            case ']':
                Advance();
                return Make(CssTokenType.RightBracket, "]", line, column);
            case '{':
                Advance();
                return Make(CssTokenType.LeftBrace, "{", line, column);
            case '}':
                Advance();
                return Make(CssTokenType.RightBrace, "}", line, column);
            case ',':
                Advance();
                return Make(CssTokenType.Comma, ",", line, column);
            case ':':
                Advance();
                return Make(CssTokenType.Colon, ":", line, column);
            case ';':
                Advance();
                return Make(CssTokenType.Semicolon, ";", line, column);
            case '+' or '.' when StartsNumber(0):
                return ConsumeNumeric(line, column);
            case '-' when StartsNumber(0):
                return ConsumeNumeric(line, column);
            case '-' when Peek(1) == '-' && Peek(2) == '>':
                Advance(3);
                return Make(CssTokenType.Cdc, "-->", line, column);
            case '-' when StartsIdentifier(0):
                return ConsumeIdentLike(line, column);
            case '<' when Peek(1) == '!' && Peek(2) == '-' && Peek(3) == '-':
                Advance(4);
                return Make(CssTokenType.Cdo, "<!--", line, column);
            case '@' when StartsIdentifier(1):
                Advance();
                return Make(CssTokenType.AtKeyword, ConsumeName(), line, column);
            case '\\' when IsValidEscape(0):
                return ConsumeIdentLike(line, column);
            case '\\':
                Error("bad-escape", line, column);
                Advance();
                return Make(CssTokenType.Delim, "\\", line, column);
        }

        if (char.IsAsciiDigit(c))
        {
            return ConsumeNumeric(line, column);
        }

        if (IsNameStart(c))
        {
            return ConsumeIdentLike(line, column);
        }

        var text = char.IsSurrogatePair(_text, _pos) ? _text.Substring(_pos, 2) : c.ToString();
        Advance(text.Length);
        return Make(CssTokenType.Delim, text, line, column);
    }

    private void SkipComments()
    {
        while (Peek() == '/' && Peek(1) == '*')
        {
            var line = _line;
            var column = _pos - _lineStart + 1;
            var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                Error("unclosed-comment", line, column);
                Advance(_text.Length - _pos);
                return;
            }

            Advance(end + 2 - _pos);
        }
    }

    private CssToken ConsumeString(char quote, int line, int column)
    {
        Advance();
        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd())
            {
                Error("unclosed-string", line, column);
                return Make(CssTokenType.String, sb.ToString(), line, column);
            }

            var c = Peek();
            if (c == quote)
            {
                Advance();
                return Make(CssTokenType.String, sb.ToString(), line, column);
            }

            if (c == '\n')
            {
                // The newline is not consumed: it starts the next token.
                Error("newline-in-string", _line, _pos - _lineStart + 1);
                return Make(CssTokenType.BadString, sb.ToString(), line, column);
            }

            if (c == '\\')
            {
                if (AtEnd(1))
                {
                    Advance();
                    continue;
                }

                if (Peek(1) == '\n')
                {
                    Advance(2);
                    continue;
                }

                Advance();
                sb.Append(ConsumeEscape());
                continue;
            }

            sb.Append(c);
            Advance();
        }
    }

    // After the backslash: up to six hex digits and one whitespace, or one character.
    private string ConsumeEscape()
    {
        if (AtEnd())
        {
            return "\uFFFD";
        }

        if (!char.IsAsciiHexDigit(Peek()))
        {
            var single = char.IsSurrogatePair(_text, _pos) ? _text.Substring(_pos, 2) : Peek().ToString();
            Advance(single.Length);
            return single;
        }

        var start = _pos;
        while (_pos - start < 6 && !AtEnd() && char.IsAsciiHexDigit(Peek()))
        {
            Advance();
        }

        var codepoint = int.Parse(_text.AsSpan(start, _pos - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (!AtEnd() && IsWhitespace(Peek()))
        {
            Advance();
        }

        return codepoint == 0 || codepoint > 0x10FFFF || (codepoint >= 0xD800 && codepoint <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(codepoint);
    }

    private string ConsumeName()
    {
        var sb = new StringBuilder();
        while (!AtEnd())
        {
            var c = Peek();
            if (IsName(c))
            {
                sb.Append(c);
                Advance();
            }
            else if (IsValidEscape(0))
            {
                Advance();
                sb.Append(ConsumeEscape());
            }
            else
            {
                break;
            }
        }

        return sb.ToString();
    }

    private CssToken ConsumeNumeric(int line, int column)
    {
        var start = _pos;
        if (Peek() is '+' or '-')
        {
            Advance();
        }

        while (char.IsAsciiDigit(Peek()))
        {
            Advance();
        }

        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            Advance();
            while (char.IsAsciiDigit(Peek()))
            {
                Advance();
            }
        }

        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            Advance(2);
            while (char.IsAsciiDigit(Peek()))
            {
                Advance();
            }
        }

        var number = _text[start.._pos];
        if (StartsIdentifier(0))
        {
            return Make(CssTokenType.Dimension, number, line, column, ConsumeName());
        }

        if (Peek() == '%')
        {
            Advance();
            return Make(CssTokenType.Percentage, number, line, column);
        }

        return Make(CssTokenType.Number, number, line, column);
    }

    private CssToken ConsumeIdentLike(int line, int column)
    {
        var name = ConsumeName();
        if (name.Equals("url", StringComparison.OrdinalIgnoreCase) && Peek() == '(')
        {
            Advance();
            while (IsWhitespace(Peek()) && IsWhitespace(Peek(1)))
            {
                Advance();
            }

            if (Peek() is '"' or '\'' || (IsWhitespace(Peek()) && Peek(1) is '"' or '\''))
            {
                return Make(CssTokenType.Function, name, line, column);
            }

            return ConsumeUrl(line, column);
        }

        if (Peek() == '(')
        {
            Advance();
            return Make(CssTokenType.Function, name, line, column);
        }

        return Make(CssTokenType.Ident, name, line, column);
    }

    private CssToken ConsumeUrl(int line, int column)
    {
        var sb = new StringBuilder();
        while (IsWhitespace(Peek()))
        {
            Advance();
        }

        while (true)
        {
            if (AtEnd())
            {
                Error("unclosed-url", line, column);
                return Make(CssTokenType.Url, sb.ToString(), line, column);
            }

            var c = Peek();
            if (c == ')')
            {
                Advance();
                return Make(CssTokenType.Url, sb.ToString(), line, column);
            }

            if (IsWhitespace(c))
            {
                while (IsWhitespace(Peek()))
                {
                    Advance();
                }

                if (Peek() == ')' || AtEnd())
                {
                    continue;
                }

                return ConsumeBadUrl(line, column);
            }

            if (c is '"' or '\'' or '(' || c < 0x20 || c == 0x7F)
            {
                Error("bad-character-in-url", _line, _pos - _lineStart + 1);
                return ConsumeBadUrl(line, column);
            }

            if (c == '\\')
            {
                if (!IsValidEscape(0))
                {
                    Error("bad-escape", _line, _pos - _lineStart + 1);
                    return ConsumeBadUrl(line, column);
                }

                Advance();
                sb.Append(ConsumeEscape());
                continue;
            }

            sb.Append(c);
            Advance();
        }
    }

    private CssToken ConsumeBadUrl(int line, int column)
    {
        while (!AtEnd() && Peek() != ')')
        {
            if (IsValidEscape(0))
            {
                Advance();
                ConsumeEscape();
            }
            else
            {
                Advance();
            }
        }

        Advance();
        return Make(CssTokenType.BadUrl, string.Empty, line, column);
    }
}

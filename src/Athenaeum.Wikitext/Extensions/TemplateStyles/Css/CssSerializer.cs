using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>
/// Writes CSS back as minified text, as css-sanitizer's <c>Util::stringify(…, minify)</c> does:
/// identifiers and strings re-escaped (strings always in double quotes), numbers as written,
/// whitespace kept only where two tokens would otherwise run together (CSS Syntax §9) and around
/// <c>+</c>/<c>-</c> inside math functions.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class CssSerializer
{
    private static readonly HashSet<string> MathFunctions = new(StringComparer.OrdinalIgnoreCase) { "calc", "min", "max", "clamp" };

    /// <summary>Serializes an identifier, escaping what could not be read back as one.</summary>
    /// <param name="name">The identifier.</param>
    /// <returns>The CSS text.</returns>
    public static string Ident(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        if (name == "-")
        {
            return "\\-";
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '\0')
            {
                sb.Append('\uFFFD');
            }
            else if (c < 0x20 || c == 0x7F || (char.IsAsciiDigit(c) && (i == 0 || (i == 1 && name[0] == '-'))))
            {
                sb.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
            else if (c >= 0x80 || c is '-' or '_' || char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\\').Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Serializes a string in double quotes.</summary>
    /// <param name="value">The string's value.</param>
    /// <returns>The CSS text.</returns>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '\0')
            {
                sb.Append('\uFFFD');
            }
            else if (c < 0x20 || c == 0x7F)
            {
                sb.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
            else if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Serializes one token (not a block or function).</summary>
    /// <param name="token">The token.</param>
    /// <returns>The CSS text.</returns>
    public static string Token(CssToken token) => token.Type switch
    {
        CssTokenType.Ident => Ident(token.Value),
        CssTokenType.Function => Ident(token.Value) + "(",
        CssTokenType.AtKeyword => "@" + Ident(token.Value),
        CssTokenType.Hash => "#" + HashName(token.Value),
        CssTokenType.String => String(token.Value),
        CssTokenType.Url => "url(" + String(token.Value) + ")",
        CssTokenType.Delim => token.Value == "\\" ? "\\\\" : token.Value,
        CssTokenType.Number => token.Value,
        CssTokenType.Percentage => token.Value + "%",
        CssTokenType.Dimension => token.Value + UnitName(token.Unit),
        CssTokenType.Whitespace => " ",
        CssTokenType.Eof or CssTokenType.BadString or CssTokenType.BadUrl => string.Empty,
        _ => token.Value,
    };

    /// <summary>Serializes component values with minimal whitespace.</summary>
    /// <param name="values">The values.</param>
    /// <param name="inMath">Whether the values are the arguments of a math function.</param>
    /// <returns>The CSS text.</returns>
    public static string Values(IReadOnlyList<CssComponent> values, bool inMath = false)
    {
        var sb = new StringBuilder();
        CssComponent? previous = null;
        var pendingSpace = false;
        foreach (var value in values)
        {
            if (value.IsWhitespace)
            {
                pendingSpace = previous is not null;
                continue;
            }

            if (pendingSpace && previous is not null && (NeedsSpace(previous, value) || (inMath && (IsSign(previous) || IsSign(value)))))
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(Component(value, inMath));
            previous = value;
        }

        return sb.ToString();
    }

    /// <summary>Serializes one component value (a function or block with its content).</summary>
    /// <param name="value">The value.</param>
    /// <param name="inMath">Whether it is inside a math function.</param>
    /// <returns>The CSS text.</returns>
    public static string Component(CssComponent value, bool inMath = false)
    {
        if (value.Children is null)
        {
            return Token(value.Token);
        }

        if (value.IsFunction)
        {
            return Ident(value.Token.Value) + "(" + Values(value.Children, inMath || MathFunctions.Contains(value.Token.Value)) + ")";
        }

        var (open, close) = value.Token.Type switch
        {
            CssTokenType.LeftBrace => ("{", "}"),
            CssTokenType.LeftBracket => ("[", "]"),
            _ => ("(", ")"),
        };
        return open + Values(value.Children, inMath) + close;
    }

    private static bool IsSign(CssComponent value) => value.Token.IsDelim('+') || value.Token.IsDelim('-');

    // A hash name may start with a digit: only characters that are not name characters are escaped.
    private static string HashName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c >= 0x80 || c is '-' or '_' || char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c < 0x20 || c == 0x7F)
            {
                sb.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                sb.Append('\\').Append(c);
            }
        }

        return sb.ToString();
    }

    // A unit that starts like an exponent ("e3") would be read back as part of the number.
    private static string UnitName(string unit)
    {
        var ident = Ident(unit);
        return ident.Length > 0 && ident[0] is 'e' or 'E' && ident.Length > 1 && (char.IsAsciiDigit(ident[1]) || ident[1] is '-' or '+')
            ? "\\" + ((int)ident[0]).ToString("x", CultureInfo.InvariantCulture) + " " + ident[1..]
            : ident;
    }

    // CSS Syntax §9: the pairs of tokens that would merge without whitespace (or a comment) between them.
    private static bool NeedsSpace(CssComponent a, CssComponent b)
    {
        var left = a.Children is not null ? (a.IsFunction ? CssTokenType.RightParen : CssTokenType.RightBrace) : a.Token.Type;
        var bt = b.Token;
        var bIsIdentLike = bt.Type is CssTokenType.Ident or CssTokenType.Function or CssTokenType.Url or CssTokenType.BadUrl;
        var bIsNumeric = bt.Type is CssTokenType.Number or CssTokenType.Percentage or CssTokenType.Dimension;
        var bIsParenBlock = bt.Type == CssTokenType.LeftParen && b.Children is not null;
        switch (left)
        {
            case CssTokenType.Ident:
                return bIsIdentLike || bIsNumeric || bt.IsDelim('-') || bt.Type == CssTokenType.Cdc || bIsParenBlock;
            case CssTokenType.AtKeyword or CssTokenType.Hash or CssTokenType.Dimension:
                return bIsIdentLike || bIsNumeric || bt.IsDelim('-') || bt.Type == CssTokenType.Cdc;
            case CssTokenType.Number:
                return bIsIdentLike || bIsNumeric || bt.IsDelim('%');
            case CssTokenType.Delim when a.Token.Value is "#" or "-":
                return bIsIdentLike || bIsNumeric || bt.IsDelim('-');
            case CssTokenType.Delim when a.Token.Value == "@":
                return bIsIdentLike || bt.IsDelim('-');
            case CssTokenType.Delim when a.Token.Value is "." or "+":
                return bIsNumeric;
            case CssTokenType.Delim when a.Token.Value == "/":
                return bt.IsDelim('*');
            default:
                return false;
        }
    }
}

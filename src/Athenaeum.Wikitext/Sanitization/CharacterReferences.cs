using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace Athenaeum.Wikitext.Sanitization;

/// <summary>
/// Character references as wikitext knows them: <c>&amp;name;</c> (an HTML5 named reference; wikitext
/// requires the semicolon), <c>&amp;#123;</c> and <c>&amp;#x7B;</c>. MediaWiki recognises them with one
/// pattern (<c>Sanitizer::CHAR_REFS_REGEX</c>): a name is a run of ASCII letters and digits or
/// non-ASCII characters followed by <c>;</c>; anything else starting with <c>&amp;</c> is a bare ampersand.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class CharacterReferences
{
    /// <summary>The replacement character MediaWiki substitutes for invalid code points.</summary>
    public const char ReplacementCharacter = '\uFFFD';

    /// <summary>Longest decimal / hexadecimal digit run that can still name a valid code point (after leading zeros).</summary>
    private const int MaxDecimalDigits = 7;
    private const int MaxHexDigits = 6;

    /// <summary>The kind of reference found at an ampersand.</summary>
    public enum Kind
    {
        /// <summary>A bare ampersand (no reference syntax follows).</summary>
        Bare,

        /// <summary><c>&amp;name;</c>: <see cref="Match.Name"/> holds the name with its semicolon.</summary>
        Named,

        /// <summary><c>&amp;#123;</c>: <see cref="Match.Digits"/> holds the digits.</summary>
        Decimal,

        /// <summary><c>&amp;#x7B;</c>: <see cref="Match.Digits"/> holds the hex digits.</summary>
        Hex,
    }

    /// <summary>What <see cref="MatchAt"/> found.</summary>
    /// <param name="Kind">The kind of reference.</param>
    /// <param name="Length">The length of the whole match (1 for a bare ampersand).</param>
    /// <param name="Name">For a named reference, the name including the semicolon.</param>
    /// <param name="Digits">For a numeric reference, its digits.</param>
    public readonly record struct Match(Kind Kind, int Length, string Name, string Digits);

    /// <summary>Gets whether a code point may appear in both HTML5 and XML output (MediaWiki's validateCodepoint).</summary>
    /// <param name="codepoint">The code point.</param>
    /// <returns><see langword="true"/> when the code point is allowed.</returns>
    public static bool IsValidCodepoint(long codepoint) =>
        codepoint == 0x09
        || codepoint == 0x0a
        || (codepoint >= 0x20 && codepoint <= 0x7e)
        || (codepoint >= 0xa0 && codepoint <= 0xd7ff)
        || (codepoint >= 0xe000 && codepoint <= 0xfffd)
        || (codepoint >= 0x10000 && codepoint <= 0x10ffff);

    /// <summary>Recognises the reference that starts at <paramref name="index"/> (which holds an ampersand).</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The position of the ampersand.</param>
    /// <returns>The match.</returns>
    public static Match MatchAt(string text, int index)
    {
        var pos = index + 1;
        var nameEnd = pos;
        while (nameEnd < text.Length && IsNameChar(text[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd > pos && nameEnd < text.Length && text[nameEnd] == ';')
        {
            return new Match(Kind.Named, nameEnd + 1 - index, text.Substring(pos, nameEnd + 1 - pos), string.Empty);
        }

        if (pos < text.Length && text[pos] == '#')
        {
            pos++;
            var hex = pos < text.Length && (text[pos] == 'x' || text[pos] == 'X');
            if (hex)
            {
                pos++;
            }

            var digitsStart = pos;
            while (pos < text.Length && (hex ? char.IsAsciiHexDigit(text[pos]) : char.IsAsciiDigit(text[pos])))
            {
                pos++;
            }

            if (pos > digitsStart && pos < text.Length && text[pos] == ';')
            {
                return new Match(hex ? Kind.Hex : Kind.Decimal, pos + 1 - index, string.Empty, text[digitsStart..pos]);
            }
        }

        return new Match(Kind.Bare, 1, string.Empty, string.Empty);
    }

    /// <summary>Parses the digits of a numeric reference, or returns -1 when they name no code point at all.</summary>
    /// <param name="digits">Decimal or hex digits.</param>
    /// <param name="hex">Whether the digits are hexadecimal.</param>
    /// <returns>The code point, or -1 when the number is too large to be one.</returns>
    public static long ParseCodepoint(string digits, bool hex)
    {
        var start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        var significant = digits.AsSpan(start);
        if (significant.Length > (hex ? MaxHexDigits : MaxDecimalDigits))
        {
            return -1;
        }

        return long.Parse(significant, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Looks up an HTML5 named character reference (or one of MediaWiki's aliases).</summary>
    /// <param name="nameWithSemicolon">The name including its semicolon, e.g. <c>amp;</c>.</param>
    /// <returns>The characters it stands for, or <see langword="null"/> when the name is unknown.</returns>
    public static string? LookupEntity(string nameWithSemicolon)
    {
        nameWithSemicolon = ResolveAlias(nameWithSemicolon);
        var value = HtmlEntityProvider.Resolver.GetSymbol(nameWithSemicolon);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Maps MediaWiki's non-standard entity aliases (Hebrew and Arabic spellings of <c>rlm;</c>).</summary>
    /// <param name="nameWithSemicolon">The entity name including its semicolon.</param>
    /// <returns>The standard name.</returns>
    public static string ResolveAlias(string nameWithSemicolon) => nameWithSemicolon switch
    {
        "\u05E8\u05DC\u05DE;" => "rlm;",
        "\u0631\u0644\u0645;" => "rlm;",
        _ => nameWithSemicolon,
    };

    /// <summary>Appends a code point as UTF-16.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="codepoint">A valid code point.</param>
    public static void AppendCodepoint(StringBuilder sb, long codepoint)
    {
        if (codepoint < 0x10000)
        {
            sb.Append((char)codepoint);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32((int)codepoint));
        }
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c >= 0x80;
}

using System.Text;

namespace Athenaeum.Wikitext.Globalization.Php;

/// <summary>
/// PHP's URL encoding functions (<c>urlencode</c>, <c>rawurlencode</c>, <c>urldecode</c>) and
/// MediaWiki's <c>wfUrlencode</c>, over the UTF-8 bytes of the text.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PhpUrl
{
    /// <summary>Encodes as PHP's <c>urlencode</c>: letters, digits and "-_." kept, space as "+".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string UrlEncode(string s) => Encode(s, spaceAsPlus: true, keepTilde: false, keep: null);

    /// <summary>Encodes as PHP's <c>rawurlencode</c> (RFC 3986): letters, digits and "-_.~" kept, space as "%20".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string RawUrlEncode(string s) => Encode(s, spaceAsPlus: false, keepTilde: true, keep: null);

    /// <summary>
    /// Encodes as MediaWiki's <c>wfUrlencode</c>: <c>urlencode</c>, then ";@$!*(),/~:" left
    /// readable, as in page URLs.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string WikiUrlEncode(string s) => Encode(s, spaceAsPlus: true, keepTilde: true, keep: ";@$!*(),/:");

    /// <summary>Decodes as PHP's <c>urldecode</c>: "+" as space, "%XX" as a byte; invalid escapes stay.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The decoded text (invalid UTF-8 becomes U+FFFD).</returns>
    public static string UrlDecode(string s) => Decode(s, plusAsSpace: true);

    /// <summary>Decodes as PHP's <c>rawurldecode</c>: "%XX" as a byte, "+" kept.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The decoded text (invalid UTF-8 becomes U+FFFD).</returns>
    public static string RawUrlDecode(string s) => Decode(s, plusAsSpace: false);

    private static string Encode(string s, bool spaceAsPlus, bool keepTilde, string? keep)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        var sb = new StringBuilder(bytes.Length * 3 / 2);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' || (keepTilde && c == '~')
                || (keep is not null && b < 128 && keep.Contains(c, StringComparison.Ordinal)))
            {
                sb.Append(c);
            }
            else if (c == ' ' && spaceAsPlus)
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 15]);
            }
        }

        return sb.ToString();
    }

    private static string Decode(string s, bool plusAsSpace)
    {
        if (!s.Contains('%', StringComparison.Ordinal) && !(plusAsSpace && s.Contains('+', StringComparison.Ordinal)))
        {
            return s;
        }

        var input = Encoding.UTF8.GetBytes(s);
        var output = new List<byte>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var b = input[i];
            if (b == '+' && plusAsSpace)
            {
                output.Add((byte)' ');
            }
            else if (b == '%' && i + 2 < input.Length && IsHex(input[i + 1]) && IsHex(input[i + 2]))
            {
                output.Add((byte)((HexValue(input[i + 1]) << 4) | HexValue(input[i + 2])));
                i += 2;
            }
            else
            {
                output.Add(b);
            }
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private const string HexDigits = "0123456789ABCDEF";
}

using System.Text;

namespace Athenaeum.Wikitext.Rendering.Html;

/// <summary>URL encodings of MediaWiki's PHP: <c>urlencode</c>, <c>rawurlencode</c> and <c>wfUrlencode</c>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class UrlEncoding
{
    /// <summary>
    /// Encodes a title for a URL as <c>wfUrlencode</c> does: PHP's <c>urlencode</c> (UTF-8, space as "+"),
    /// then <c>; @ $ ! * ( ) , / ~ :</c> are put back.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string WfUrlencode(string s) => Encode(s, spaceAsPlus: true, keep: ";@$!*(),/~:");

    /// <summary>Encodes as PHP's <c>urlencode</c>: everything but <c>A-Z a-z 0-9 - _ .</c> percent-encoded, space as "+".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string UrlEncode(string s) => Encode(s, spaceAsPlus: true, keep: string.Empty);

    /// <summary>Encodes as PHP's <c>rawurlencode</c>: everything but <c>A-Z a-z 0-9 - _ . ~</c> percent-encoded.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string RawUrlEncode(string s) => Encode(s, spaceAsPlus: false, keep: "~");

    /// <summary>Decodes %XX escapes as PHP's <c>rawurldecode</c> (invalid UTF-8 bytes become U+FFFD).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The decoded text.</returns>
    public static string RawUrlDecode(string s)
    {
        if (!s.Contains('%', StringComparison.Ordinal))
        {
            return s;
        }

        var bytes = new List<byte>(s.Length);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add((byte)((Uri.FromHex(s[i + 1]) << 4) | Uri.FromHex(s[i + 2])));
                i += 2;
                continue;
            }

            Flush();
            sb.Append(s[i]);
        }

        Flush();
        return sb.ToString();

        void Flush()
        {
            if (bytes.Count > 0)
            {
                sb.Append(Encoding.UTF8.GetString(bytes.ToArray()));
                bytes.Clear();
            }
        }
    }

    private static string Encode(string s, bool spaceAsPlus, string keep)
    {
        var sb = new StringBuilder(s.Length + 8);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.')
            {
                sb.Append(c);
            }
            else if (c == ' ' && spaceAsPlus)
            {
                sb.Append('+');
            }
            else if (c < 0x80 && keep.Contains(c, StringComparison.Ordinal))
            {
                sb.Append(c);
            }
            else
            {
                int length;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    length = Encoding.UTF8.GetBytes(s.AsSpan(i, 2), buffer);
                    i++;
                }
                else
                {
                    length = Encoding.UTF8.GetBytes(s.AsSpan(i, 1), buffer);
                }

                for (var b = 0; b < length; b++)
                {
                    sb.Append('%').Append("0123456789ABCDEF"[buffer[b] >> 4]).Append("0123456789ABCDEF"[buffer[b] & 0xF]);
                }
            }
        }

        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Athenaeum.Web.IntegrationTests.Mail;

/// <summary>A message as the SMTP server stored it, with its headers unfolded and decoded (RFC 2047) and its quoted-printable body decoded.</summary>
/// <param name="Headers">The headers in order.</param>
/// <param name="Body">The decoded body.</param>
/// <param name="Raw">The message as stored.</param>
public sealed partial record ReceivedMail(IReadOnlyList<KeyValuePair<string, string>> Headers, string Body, string Raw)
{
    /// <summary>Gets the decoded subject.</summary>
    public string Subject => Header("Subject");

    /// <summary>Gets a header's decoded value ("" when absent; several values joined by newlines).</summary>
    /// <param name="name">The header's name.</param>
    /// <returns>The value.</returns>
    public string Header(string name)
        => string.Join("\n", Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value));

    /// <summary>Parses a stored message.</summary>
    /// <param name="raw">The message.</param>
    /// <returns>The message.</returns>
    public static ReceivedMail Parse(string raw)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 2)..];
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
            }
        }

        var decoded = headers.Select(h => new KeyValuePair<string, string>(h.Key, DecodeWords(h.Value))).ToList();
        var encoding = decoded.FirstOrDefault(h => string.Equals(h.Key, "Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Value;
        if (string.Equals(encoding, "quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            body = DecodeQuotedPrintable(body);
        }
        else if (string.Equals(encoding, "base64", StringComparison.OrdinalIgnoreCase))
        {
            body = Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\n", string.Empty, StringComparison.Ordinal)));
        }

        return new ReceivedMail(decoded, body.Replace("\r\n", "\n", StringComparison.Ordinal), raw);
    }

    private static string DecodeWords(string value)
    {
        // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
        value = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(value, m =>
        {
            var bytes = m.Groups[2].Value is "B" or "b"
                ? Convert.FromBase64String(m.Groups[3].Value)
                : QuotedBytes(m.Groups[3].Value.Replace('_', ' '));
            return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
        });
    }

    private static string DecodeQuotedPrintable(string body)
        => Encoding.UTF8.GetString(QuotedBytes(body.Replace("=\n", string.Empty, StringComparison.Ordinal)));

    private static byte[] QuotedBytes(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}

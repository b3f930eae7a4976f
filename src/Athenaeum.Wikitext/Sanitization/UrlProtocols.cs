using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Sanitization;

/// <summary>
/// The URL schemes that wikitext may link to: MediaWiki 1.39's default <c>$wgUrlProtocols</c>,
/// including the protocol-relative <c>//</c>. An attribute that holds a URL (<c>href</c>, <c>src</c>,
/// <c>poster</c>) must start with one of them, which keeps <c>javascript:</c>, <c>data:</c> and
/// <c>vbscript:</c> out by construction.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class UrlProtocols
{
    /// <summary>The protocols, in MediaWiki's order (the order matters only for overlapping prefixes).</summary>
    public static readonly IReadOnlyList<string> Default =
    [
        "bitcoin:", "ftp://", "ftps://", "geo:", "git://", "gopher://", "http://", "https://", "irc://", "ircs://",
        "magnet:", "mailto:", "matrix:", "mms://", "news:", "nntp://", "redis://", "sftp://", "sip:", "sips:", "sms:",
        "ssh://", "svn://", "tel:", "telnet://", "urn:", "worldwind://", "xmpp:", "//",
    ];

    private static readonly FrozenSet<char> FirstChars = Default.SelectMany(p => new[] { p[0], char.ToUpperInvariant(p[0]) }).ToFrozenSet();

    /// <summary>
    /// Gets whether <paramref name="value"/> is an absolute or protocol-relative URL with an allowed
    /// protocol and no whitespace (MediaWiki's <c>/^(protocols)[^\s]+$/</c>, which is case-sensitive).
    /// </summary>
    /// <param name="value">A decoded attribute value.</param>
    /// <returns><see langword="true"/> when the URL may be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static bool IsAllowedUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var protocol in Default)
        {
            if (value.StartsWith(protocol, StringComparison.Ordinal) && value.Length > protocol.Length)
            {
                // PCRE's '$' also matches before a final newline.
                var end = value[^1] == '\n' ? value.Length - 1 : value.Length;
                if (end == protocol.Length)
                {
                    return false;
                }

                for (var i = protocol.Length; i < end; i++)
                {
                    if (IsPcreSpace(value[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the length of the protocol that starts at <paramref name="index"/>, compared without case, or 0.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where to look.</param>
    /// <returns>The length of the first protocol of <see cref="Default"/> found there, or 0.</returns>
    internal static int MatchIgnoreCase(string text, int index)
    {
        if (!FirstChars.Contains(text[index]))
        {
            return 0;
        }

        foreach (var protocol in Default)
        {
            if (AsciiText.MatchesAt(text, index, protocol))
            {
                return protocol.Length;
            }
        }

        return 0;
    }

    /// <summary>PCRE's <c>\s</c> without Unicode mode: space, tab, LF, VT, FF, CR.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ASCII whitespace.</returns>
    internal static bool IsPcreSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
}

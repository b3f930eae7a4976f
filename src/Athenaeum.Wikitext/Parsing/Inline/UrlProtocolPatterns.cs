using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Parsing.Inline;

/// <summary>Regex fragments of the URL protocols external links may use (MediaWiki 1.39's default <c>$wgUrlProtocols</c>, as the sanitizer lists them).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class UrlProtocolPatterns
{
    /// <summary>Gets the protocols, "//" (protocol-relative) last.</summary>
    public static IReadOnlyList<string> All => Sanitization.UrlProtocols.Default;

    /// <summary>Gets a regex alternation of every protocol, "//" included (MediaWiki's validProtocols).</summary>
    public static string Pattern { get; } = string.Join('|', All.Select(Regex.Escape));

    /// <summary>Gets a regex alternation of the absolute protocols ("//" excluded).</summary>
    public static string AbsolutePattern { get; } = string.Join('|', All.Where(p => p != "//").Select(Regex.Escape));

    /// <summary>Tells whether text starts with a protocol, ignoring case.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool StartsWithProtocol(ReadOnlySpan<char> text)
    {
        foreach (var p in All)
        {
            if (text.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

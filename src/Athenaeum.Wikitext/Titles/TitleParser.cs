using System.Text;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Titles;

/// <summary>
/// Turns user-written titles ("template:infobox_film", ":Category:X", "de:Berlin#Geschichte") into
/// normalized <see cref="PageTitle"/>s following MediaWiki's title rules: underscores are spaces,
/// runs of whitespace collapse, a leading colon is dropped, the namespace prefix is matched
/// ignoring case against the wiki's names, the first letter is uppercased in first-letter
/// namespaces, and titles with forbidden characters are rejected.
/// </summary>
/// <remarks>Immutable and thread-safe; build one per <see cref="SiteConfiguration"/> and reuse it.</remarks>
public sealed class TitleParser
{
    /// <summary>The longest title MediaWiki accepts, in UTF-8 bytes (Title::MAX_TITLE_LENGTH).</summary>
    public const int MaxTitleBytes = 255;

    private readonly SiteConfiguration _site;

    /// <summary>Initializes a new instance of the <see cref="TitleParser"/> class.</summary>
    /// <param name="site">The wiki whose namespaces and interwiki map apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="site"/> is <see langword="null"/>.</exception>
    public TitleParser(SiteConfiguration site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
    }

    /// <summary>Gets the wiki this parser normalizes titles for.</summary>
    public SiteConfiguration Site => _site;

    /// <summary>
    /// Parses a title. Returns <see langword="null"/> for an invalid title (empty, forbidden characters
    /// such as <c>[ ] { } | &lt; &gt;</c>, relative paths, too long).
    /// </summary>
    /// <param name="text">The title as written.</param>
    /// <param name="defaultNamespace">The namespace when the text has no prefix (10 for transclusions).</param>
    /// <returns>The normalized title, or <see langword="null"/>.</returns>
    public PageTitle? Parse(string? text, int defaultNamespace = StandardNamespaces.Main)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var s = Normalize(text);
        var ns = defaultNamespace;
        var interwiki = string.Empty;

        if (s.StartsWith(':'))
        {
            ns = StandardNamespaces.Main;
            s = TrimTitle(s[1..]);
        }

        // Namespace, then (only if no namespace matched) interwiki prefixes; MediaWiki allows
        // an interwiki prefix to be followed by anything, and a namespace prefix once.
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var prefix = s[..colon];
            if (_site.TryGetNamespace(prefix, out var info))
            {
                ns = info.Id;
                s = TrimTitle(s[(colon + 1)..]);
                if (s.StartsWith(':'))
                {
                    // "Template::X" is invalid: a second colon right after the namespace.
                    return null;
                }
            }
            else if (_site.Interwiki.TryGetValue(prefix.Trim(), out var iw))
            {
                interwiki = iw.Prefix;
                s = TrimTitle(s[(colon + 1)..]);
                ns = StandardNamespaces.Main;
            }
        }

        var fragment = string.Empty;
        var hash = s.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = s[(hash + 1)..].Replace('_', ' ').Trim();
            s = TrimTitle(s[..hash]);
        }

        if (s.Length == 0)
        {
            // "#Section" alone is a link to a section of the current page; the caller handles it.
            return interwiki.Length > 0 ? new PageTitle(StandardNamespaces.Main, string.Empty, string.Empty, fragment, interwiki) : null;
        }

        if (!IsValidText(s) && interwiki.Length == 0)
        {
            return null;
        }

        if (interwiki.Length == 0 && _site.TryGetNamespace(ns, out var nsInfo) && nsInfo.FirstLetterCase)
        {
            s = UppercaseFirst(s);
        }

        var nsName = interwiki.Length == 0 ? _site.GetNamespaceName(ns) : string.Empty;
        return new PageTitle(ns, s, nsName, fragment, interwiki);
    }

    /// <summary>Creates a title from a known namespace number and a title text without prefix.</summary>
    /// <param name="ns">The namespace number.</param>
    /// <param name="text">The title text without prefix.</param>
    /// <returns>The normalized title, or <see langword="null"/> when the text is invalid.</returns>
    public PageTitle? MakeTitle(int ns, string text)
    {
        var s = TrimTitle(Normalize(text));
        if (s.Length == 0 || !IsValidText(s))
        {
            return null;
        }

        if (_site.TryGetNamespace(ns, out var nsInfo) && nsInfo.FirstLetterCase)
        {
            s = UppercaseFirst(s);
        }

        return new PageTitle(ns, s, _site.GetNamespaceName(ns));
    }

    /// <summary>Uppercases the first character as MediaWiki's Language::ucfirst does for titles.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The text with its first character uppercased.</returns>
    public static string UppercaseFirst(string s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return s;
        }

        var first = char.IsSurrogatePair(s, 0) ? s[..2] : s[..1];
        var upper = first.ToUpperInvariant();
        return upper == first ? s : upper + s[first.Length..];
    }

    private static string Normalize(string text)
    {
        // Underscores are spaces; Unicode directional marks are dropped (Title::secureAndSplit).
        var sb = new StringBuilder(text.Length);
        var lastSpace = false;
        foreach (var c in text)
        {
            if (c is '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E')
            {
                continue;
            }

            var isSpace = c is '_' or ' ' or '\u00A0' or '\u1680' or '\u180E' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000'
                || (c >= '\u2000' && c <= '\u200A');
            if (isSpace)
            {
                if (!lastSpace)
                {
                    sb.Append(' ');
                }

                lastSpace = true;
                continue;
            }

            lastSpace = false;
            sb.Append(c);
        }

        return TrimTitle(sb.ToString());
    }

    private static string TrimTitle(string s) => s.Trim(' ', '_');

    private static bool IsValidText(string s)
    {
        foreach (var c in s)
        {
            if (c < 0x20 || c == 0x7F || c is '[' or ']' or '{' or '}' or '|' or '<' or '>' or '#')
            {
                return false;
            }
        }

        if (s is "." or ".." || s.StartsWith("./", StringComparison.Ordinal) || s.StartsWith("../", StringComparison.Ordinal)
            || s.Contains("/./", StringComparison.Ordinal) || s.Contains("/../", StringComparison.Ordinal)
            || s.EndsWith("/.", StringComparison.Ordinal) || s.EndsWith("/..", StringComparison.Ordinal)
            || s.Contains("~~~", StringComparison.Ordinal))
        {
            return false;
        }

        // Percent-escapes like "%41" are rejected, as MediaWiki does, so that titles and URLs stay unambiguous.
        for (var i = 0; i + 2 < s.Length; i++)
        {
            if (s[i] == '%' && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                return false;
            }
        }

        return Encoding.UTF8.GetByteCount(s) <= MaxTitleBytes;
    }
}

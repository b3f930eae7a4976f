using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Parsing.Links;

/// <summary>Turns link targets into titles as MediaWiki's Title::newFromText does for links.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class LinkTitles
{
    // $wgLegalTitleChars plus "#" and "%" (Parser::handleInternalLinks2); every non-ASCII character is legal.
    private const string LegalAscii = " %!\"$&'()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ\\^_`abcdefghijklmnopqrstuvwxyz~+#";

    /// <summary>Tells whether a character may appear in a link target.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> when it may.</returns>
    public static bool IsLegalTitleChar(char c) => c >= 0x80 || LegalAscii.Contains(c, StringComparison.Ordinal);

    /// <summary>Parses a link target: character references decoded, "#x" alone meaning a section of this page.</summary>
    /// <param name="session">The render.</param>
    /// <param name="link">The target as written, possibly with a leading colon.</param>
    /// <returns>The title, or <see langword="null"/> when the target is not a valid title.</returns>
    public static PageTitle? Parse(RenderSession session, string link)
    {
        var text = Sanitizer.DecodeCharReferencesAndNormalize(link);
        var bare = text.StartsWith(':') ? text[1..] : text;
        if (bare.TrimStart(' ', '_').StartsWith('#'))
        {
            // The title codec normalizes "#fragment" like any title: whitespace runs (no-break spaces
            // included) become one space, the end is trimmed.
            var fragment = NormalizeFragment(bare.TrimStart(' ', '_')[1..]);
            return new PageTitle(0, string.Empty, string.Empty, fragment);
        }

        // Character references left after decoding make a title invalid (MediaWikiTitleCodec's rxTc).
        if (text.Contains('&', StringComparison.Ordinal) && EntityRegex().IsMatch(text))
        {
            return null;
        }

        var title = session.Titles.Parse(text);
        if (title is { IsExternal: true })
        {
            // An interwiki target is still checked for illegal characters (T182338), and a colon
            // right after the prefix is dropped ("[[meatball::Category:X]]").
            var rest = title.Text.TrimStart(':').TrimStart(' ');
            if (rest.Any(c => !IsLegalTitleChar(c) || c == '#'))
            {
                return null;
            }

            title = title with { Text = rest };
        }

        return title;
    }

    /// <summary>Normalizes a fragment as the title codec does: whitespace runs to one space, directional marks dropped, end trimmed.</summary>
    /// <param name="fragment">The fragment.</param>
    /// <returns>The normalized fragment.</returns>
    public static string NormalizeFragment(string fragment)
    {
        if (fragment.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return fragment;
        }

        var normalized = DirectionMarkRegex().Replace(fragment, string.Empty);
        return TitleSpaceRegex().Replace(normalized, " ").TrimEnd(' ');
    }

    [GeneratedRegex("[\u200E\u200F\u202A-\u202E]", RegexOptions.CultureInvariant)]
    private static partial Regex DirectionMarkRegex();

    [GeneratedRegex("[ _\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSpaceRegex();

    [GeneratedRegex("&[A-Za-z0-9\u0080-\uFFFF]+;|&#[0-9]+;|&#x[0-9A-Fa-f]+;", RegexOptions.CultureInvariant)]
    private static partial Regex EntityRegex();

    /// <summary>Tells whether a title is in a talk namespace.</summary>
    /// <param name="title">The title.</param>
    /// <returns><see langword="true"/> for odd, non-negative namespaces.</returns>
    public static bool IsTalkNamespace(this PageTitle title) => title.Namespace >= 0 && title.Namespace % 2 == 1;
}

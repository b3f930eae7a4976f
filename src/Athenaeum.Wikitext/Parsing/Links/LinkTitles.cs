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
            var fragment = bare.TrimStart(' ', '_')[1..].Replace('_', ' ');
            return new PageTitle(0, string.Empty, string.Empty, fragment);
        }

        // Character references left after decoding make a title invalid (MediaWikiTitleCodec's rxTc).
        if (text.Contains('&', StringComparison.Ordinal) && EntityRegex().IsMatch(text))
        {
            return null;
        }

        return session.Titles.Parse(text);
    }

    [GeneratedRegex("&[A-Za-z0-9\u0080-\uFFFF]+;|&#[0-9]+;|&#x[0-9A-Fa-f]+;", RegexOptions.CultureInvariant)]
    private static partial Regex EntityRegex();

    /// <summary>Tells whether a title is in a talk namespace.</summary>
    /// <param name="title">The title.</param>
    /// <returns><see langword="true"/> for odd, non-negative namespaces.</returns>
    public static bool IsTalkNamespace(this PageTitle title) => title.Namespace >= 0 && title.Namespace % 2 == 1;
}

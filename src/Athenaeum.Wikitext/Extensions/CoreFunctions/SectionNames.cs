using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Parsing.Inline;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// How MediaWiki turns heading wikitext into a section name (Parser::stripSectionName and
/// normalizeSectionName), for <c>{{anchorencode:}}</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class SectionNames
{
    /// <summary>Reduces links to their text, applies bold and italics, and removes tags.</summary>
    /// <param name="text">The heading wikitext.</param>
    /// <returns>The stripped text.</returns>
    public static string StripSectionName(string text)
    {
        text = PipedLinkRegex().Replace(text, "$2");
        text = LinkRegex().Replace(text, "$1");
        text = ExternalLinkRegex().Replace(text, "$2");
        text = QuotePass.Run(text);
        return RemoveTags(text);
    }

    /// <summary>
    /// Normalizes text as the fragment of a title ("#" + text): bidi marks removed, runs of
    /// whitespace and underscores made one space, trailing ones dropped.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The fragment.</returns>
    public static string NormalizeAsFragment(string text)
    {
        var key = BidiRegex().Replace("#" + text.Replace(' ', '_'), string.Empty);
        key = TitleWhitespaceRegex().Replace(key, "_").TrimEnd('_');
        return key[1..].Replace('_', ' ');
    }

    // StringUtils::delimiterReplace('<', '>', ''): "<" … ">" removed, an unmatched "<" or ">" kept;
    // "<" inside an open "<" does not restart the match (START START END matches the outer pair).
    private static string RemoveTags(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var open = -1;
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '<' && open < 0)
            {
                sb.Append(text, written, i - written);
                open = i;
                written = i;
            }
            else if (text[i] == '>' && open >= 0)
            {
                open = -1;
                written = i + 1;
            }
        }

        sb.Append(text, written, text.Length - written);
        return sb.ToString();
    }

    [GeneratedRegex(@"\[\[:?([^[|]+)\|([^[]+)\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex PipedLinkRegex();

    [GeneratedRegex(@"\[\[:?([^[]+)\|?\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex LinkRegex();

    [GeneratedRegex(@"\[(?i:bitcoin:|ftp://|ftps://|geo:|git://|gopher://|http://|https://|irc://|ircs://|magnet:|mailto:|matrix:|mms://|news:|nntp://|redis://|sftp://|sip:|sips:|sms:|ssh://|svn://|tel:|telnet://|urn:|worldwind://|xmpp:|//)([^ ]+?) ([^[]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalLinkRegex();

    [GeneratedRegex("[\u200E\u200F\u202A-\u202E]+", RegexOptions.CultureInvariant)]
    private static partial Regex BidiRegex();

    [GeneratedRegex("[ _\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWhitespaceRegex();
}

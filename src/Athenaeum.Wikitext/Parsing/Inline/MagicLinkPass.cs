using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Parsing.Inline;

/// <summary>
/// Free URLs and magic links (MediaWiki's handleMagicLinks): a bare <c>http://…</c> becomes a link, with
/// trailing punctuation left outside; <c>ISBN 0-12-345678-9</c>, <c>RFC 1234</c> and <c>PMID 1234</c>
/// become links when magic links are on. Existing links and tags are skipped.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class MagicLinkPass
{
    private const string Spaces = "(?>" + ExternalLinkSyntax.SpaceNotNewline + "+)";
    private const string SpaceOrDash = "(?:-|" + ExternalLinkSyntax.SpaceNotNewline + ")";

    private static readonly Regex MagicRegex = new(
        "(?:(<a[ \\t\\r\\n>].*?</a>)" // 1: an existing link, skipped whole
        + "|(<.*?>)" // 2: a tag, skipped
        + @"|(\b(?i:" + UrlProtocolPatterns.AbsolutePattern + ")(" + ExternalLinkSyntax.Address + ExternalLinkSyntax.UrlChar + "*))" // 3, 4: a free URL
        + @"|\b(?:RFC|PMID)" + Spaces + @"([0-9]+)\b" // 5: RFC or PMID number
        + @"|\bISBN" + Spaces + "((?:97[89]" + SpaceOrDash + "?)?(?:[0-9]" + SpaceOrDash + "?){9}[0-9Xx])\\b)", // 6: ISBN
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex SpaceRegex = new(ExternalLinkSyntax.SpaceNotNewline, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly RenderSession _session;
    private readonly ExternalLinkPass _external;

    public MagicLinkPass(RenderSession session)
    {
        _session = session;
        _external = new ExternalLinkPass(session);
    }

    /// <summary>Replaces free URLs and magic links.</summary>
    /// <param name="text">The text after the bracketed external link pass.</param>
    /// <returns>The text with links.</returns>
    public string Run(string text) => MagicRegex.Replace(text, Replace);

    private string Replace(Match m)
    {
        if (m.Groups[1].Length > 0 || m.Groups[2].Length > 0)
        {
            return m.Value;
        }

        if (m.Groups[3].Length > 0)
        {
            return MakeFreeExternalLink(m.Value, m.Groups[4].Length);
        }

        var options = _session.Options;
        if (m.Groups[5].Length > 0)
        {
            if (!options.EnableMagicLinks)
            {
                return m.Value;
            }

            var id = m.Groups[5].Value;
            var rfc = m.Value.StartsWith("RFC", StringComparison.Ordinal);
            var url = rfc ? "https://tools.ietf.org/html/rfc" + id : "//www.ncbi.nlm.nih.gov/pubmed/" + id + "?dopt=Abstract";
            return ExternalLinkPass.MakeExternalLink(url, (rfc ? "RFC " : "PMID ") + id, escape: true, rfc ? "mw-magiclink-rfc" : "mw-magiclink-pmid", classFirst: true);
        }

        if (m.Groups[6].Length > 0 && options.EnableMagicLinks)
        {
            var isbn = SpaceRegex.Replace(m.Groups[6].Value, " ");
            var number = isbn.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace('x', 'X');
            var href = _session.Site.ArticlePath.Replace("$1", "Special:BookSources/" + number, StringComparison.Ordinal);
            var sb = new StringBuilder("<a");
            sb.AppendAttribute("href", href).AppendAttribute("class", "internal mw-magiclink-isbn").Append('>');
            return sb.Append(HtmlText.Escape("ISBN " + isbn)).Append("</a>").ToString();
        }

        return m.Value;
    }

    private string MakeFreeExternalLink(string url, int postProtocolLength)
    {
        var trail = string.Empty;

        // "<", ">" (escaped by the sanitizer) and no-break spaces end a URL (RFC 2396, T84937).
        var stop = UrlStopRegex().Match(url);
        if (stop.Success)
        {
            trail = url[stop.Index..];
            url = url[..stop.Index];
        }

        // Trailing punctuation is not part of the URL; ")" only when the URL has no "(". MediaWiki's
        // list is the PHP string ',;\.:!?', so a backslash counts as punctuation too.
        var separators = url.Contains('(', StringComparison.Ordinal) ? ",;\\.:!?" : ",;\\.:!?)";
        var count = 0;
        while (count < url.Length && separators.Contains(url[url.Length - 1 - count], StringComparison.Ordinal))
        {
            count++;
        }

        // Don't break a trailing entity by moving its ";" into the trail.
        if (count > 0 && url[^count] == ';' && TrailingEntityRegex().IsMatch(url[..(url.Length - count + 1)]))
        {
            count--;
        }

        if (count > 0)
        {
            trail = url[^count..] + trail;
            url = url[..^count];
        }

        // Only a protocol left: not a link.
        if (trail.Length >= postProtocolLength)
        {
            return url + trail;
        }

        url = Sanitizer.CleanUrl(url);
        var image = _external.MaybeMakeExternalImage(url);
        if (image is not null)
        {
            return image + trail;
        }

        _session.Output.ExternalLinks.Add(url);
        var text = _session.Conversion is null ? url : LanguageConversion.ConversionSession.MarkNoConversion(url);
        return ExternalLinkPass.MakeExternalLink(url, text, escape: true, "free", noFollow: ExternalLinkPass.IsNoFollow(_session.Options, url)) + trail;
    }

    [GeneratedRegex("&(lt|gt|nbsp|#x0*(3[CcEe]|[Aa]0)|#0*(60|62|160));", RegexOptions.CultureInvariant)]
    private static partial Regex UrlStopRegex();

    [GeneratedRegex("&([a-z]+|#x[0-9a-f]+|#[0-9]+);$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingEntityRegex();
}

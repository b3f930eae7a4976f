using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Parsing.Links;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Parsing.Inline;

/// <summary>
/// Bracketed external links (MediaWiki's handleExternalLinks): <c>[http://x text]</c> becomes
/// <c>&lt;a rel="nofollow" class="external text" href="http://x"&gt;text&lt;/a&gt;</c>, <c>[http://x]</c> an
/// autonumbered <c>[1]</c>. Free URLs are the magic-link pass's job.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class ExternalLinkPass
{
    /// <summary>The marker that hides a URL protocol from the external link passes (MediaWiki's NOPARSE).</summary>
    public const string NoParseMarker = StripState.MarkerPrefix + "NOPARSE";

    private static readonly Regex BracketedRegex = new(
        @"\[((?i:" + UrlProtocolPatterns.Pattern + ")" + ExternalLinkSyntax.Address + ExternalLinkSyntax.UrlChar + @"*)\p{Zs}*([^\]\x00-\x08\x0a-\x1F\uFFFD]*?)\]",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ArmorRegex = new(@"\b((?i:" + UrlProtocolPatterns.Pattern + "))", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ImageUrlRegex = new(ExternalLinkSyntax.ImageUrl, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex AbsoluteProtocolRegex = new("^(?:" + UrlProtocolPatterns.AbsolutePattern + ")", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly RenderSession _session;

    public ExternalLinkPass(RenderSession session) => _session = session;

    /// <summary>Hides URL protocols in finished HTML from the later link passes (MediaWiki's armorLinks).</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The HTML with NOPARSE markers before protocols.</returns>
    public static string ArmorLinks(string html) => ArmorRegex.Replace(html, NoParseMarker + "$1");

    /// <summary>Replaces the bracketed external links of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with links.</returns>
    public string Run(string text)
    {
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            return text;
        }

        var matches = BracketedRegex.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var s = new StringBuilder(text.Length + (matches.Count * 64));
        var pos = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            s.Append(text, pos, m.Index - pos);
            pos = m.Index + m.Length;
            var trailEnd = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var trail = text[pos..trailEnd];
            pos = trailEnd;

            var url = m.Groups[1].Value;
            var linkText = m.Groups[2].Value;

            // "<" and ">" (escaped by the sanitizer) end the URL; the rest joins the text (RFC 2396).
            var lt = LtGtRegex().Match(url);
            if (lt.Success)
            {
                linkText = url[lt.Index..] + " " + linkText;
                url = url[..lt.Index];
            }

            linkText = MaybeMakeExternalImage(linkText) ?? linkText;
            var dtrail = string.Empty;
            string linkType;
            if (linkText.Length == 0)
            {
                _session.AutoNumber++;
                linkText = "[" + Language.Get(_session.Site.LanguageCode).FormatNum(_session.AutoNumber.ToString(CultureInfo.InvariantCulture)) + "]";
                linkType = "autonumber";
            }
            else
            {
                linkType = "text";
                (dtrail, trail) = LinkTrails.Split(_session.Site.LanguageCode, trail);
            }

            // A URL shown as the text is not language-converted (markNoConversion).
            if (_session.Conversion is not null && StartsWithAbsoluteProtocol(linkText))
            {
                linkText = LanguageConversion.ConversionSession.MarkNoConversion(linkText);
            }

            url = Sanitizer.CleanUrl(url);
            s.Append(MakeExternalLink(url, linkText, escape: false, linkType, noFollow: IsNoFollow(_session.Options, url))).Append(dtrail).Append(trail);
            _session.Output.ExternalLinks.Add(url);
        }

        s.Append(text, pos, text.Length - pos);
        return s.ToString();
    }

    /// <summary>An external link element (Linker::makeExternalLink) with <c>rel="nofollow"</c>.</summary>
    /// <param name="url">The cleaned URL.</param>
    /// <param name="text">The link text.</param>
    /// <param name="escape">Whether to escape the text.</param>
    /// <param name="linkType">"text", "autonumber", "free" or an extra class.</param>
    /// <param name="classFirst">Whether the class comes before rel (links made without attributes, such as RFC links).</param>
    /// <param name="noFollow">Whether the link gets <c>rel="nofollow"</c>.</param>
    /// <returns>The <c>&lt;a&gt;</c> element.</returns>
    public static string MakeExternalLink(string url, string text, bool escape, string linkType, bool classFirst = false, bool noFollow = true)
    {
        var sb = new StringBuilder("<a");
        var cssClass = linkType.Length > 0 ? "external " + linkType : "external";
        if (!noFollow)
        {
            sb.AppendAttribute("class", cssClass);
        }
        else if (classFirst)
        {
            sb.AppendAttribute("class", cssClass).AppendAttribute("rel", "nofollow");
        }
        else
        {
            sb.AppendAttribute("rel", "nofollow").AppendAttribute("class", cssClass);
        }

        sb.AppendAttribute("href", url).Append('>');
        sb.Append(escape ? HtmlText.EscapeNoQuotes(text).Replace("\"", "&quot;", StringComparison.Ordinal) : text);
        return sb.Append("</a>").ToString();
    }

    /// <summary>Tells whether an external link gets <c>rel="nofollow"</c> (all but the exception domains; wfMatchesDomainList).</summary>
    /// <param name="options">The render's options.</param>
    /// <param name="url">The link's URL.</param>
    /// <returns><see langword="true"/> for nofollow.</returns>
    public static bool IsNoFollow(ParserOptions options, string url)
    {
        if (options.NoFollowDomainExceptions.Count == 0 || !Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "http:" + url : url, UriKind.Absolute, out var uri))
        {
            return true;
        }

        var host = uri.Host;
        return !options.NoFollowDomainExceptions.Any(d => string.Equals(host, d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Makes an <c>&lt;img&gt;</c> of an image URL when external images are allowed.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The element, or <see langword="null"/>.</returns>
    public string? MaybeMakeExternalImage(string url)
    {
        if (!_session.Options.AllowExternalImages || !ImageUrlRegex.IsMatch(url))
        {
            return null;
        }

        var slash = url.LastIndexOf('/');
        var alt = slash >= 0 ? url[(slash + 1)..] : url;
        var sb = new StringBuilder("<img");
        sb.AppendAttribute("src", url).AppendAttribute("alt", alt);
        return sb.Append(" />").ToString();
    }

    /// <summary>Tells whether text starts with an absolute URL protocol.</summary>
    public static bool StartsWithAbsoluteProtocol(string text) => AbsoluteProtocolRegex.IsMatch(text);

    [GeneratedRegex("&(lt|gt);", RegexOptions.CultureInvariant)]
    private static partial Regex LtGtRegex();
}

using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Globalization.Php;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// URL and anchor functions: <c>urlencode</c>, <c>anchorencode</c>, <c>localurl(e)</c>, <c>fullurl(e)</c>,
/// <c>canonicalurl(e)</c>, <c>filepath</c>, <c>ns</c>, <c>nse</c>, <c>#special</c>, <c>#speciale</c>.
/// </summary>
internal static class UrlFunctions
{
    public static void Register(CoreRegistry r)
    {
        r.Function(["urlencode"], (h, a) => UrlEncode(FunctionArguments.Trimmed(a, 0), a.Count > 1 ? FunctionArguments.Trimmed(a, 1) : string.Empty));
        r.Function(["anchorencode"], (h, a) => AnchorEncode(FunctionArguments.Trimmed(a, 0)));
        r.Function(["localurl"], (h, a) => UrlFunction(h, a, WikiUrls.Local, escape: false));
        r.Function(["localurle"], (h, a) => UrlFunction(h, a, WikiUrls.Local, escape: true));
        r.Function(["fullurl"], (h, a) => UrlFunction(h, a, WikiUrls.Full, escape: false));
        r.Function(["fullurle"], (h, a) => UrlFunction(h, a, WikiUrls.Full, escape: true));
        r.Function(["canonicalurl"], (h, a) => UrlFunction(h, a, WikiUrls.Canonical, escape: false));
        r.Function(["canonicalurle"], (h, a) => UrlFunction(h, a, WikiUrls.Canonical, escape: true));
        r.Function(["filepath"], FilePath);
        r.Function(["ns"], (h, a) => Namespace(h, FunctionArguments.Trimmed(a, 0)) is { } name ? name : ParserFunctionResult.NotFound);
        r.Function(["nse"], (h, a) => Namespace(h, FunctionArguments.Trimmed(a, 0)) is { } name ? PhpUrl.WikiUrlEncode(name.Replace(' ', '_')) : ParserFunctionResult.NotFound);
        r.Function(["#special"], (h, a) => Special(h, FunctionArguments.Trimmed(a, 0)));
        r.Function(["#speciale"], (h, a) => PhpUrl.WikiUrlEncode(Special(h, FunctionArguments.Trimmed(a, 0)).Replace(' ', '_')));
    }

    private static string UrlEncode(string s, string mode)
    {
        s = StripState.KillMarkers(s);
        return mode.ToUpperInvariant() switch
        {
            "WIKI" => PhpUrl.WikiUrlEncode(s.Replace(' ', '_')),
            "PATH" => PhpUrl.RawUrlEncode(s),
            _ => PhpUrl.UrlEncode(s),
        };
    }

    /// <summary>
    /// The fragment a heading with this text gets (Parser::guessSectionNameFromWikiText), attribute-escaped:
    /// links and quotes reduced to their text, tags removed, whitespace normalized as in titles.
    /// </summary>
    internal static string AnchorEncode(string text)
    {
        text = StripState.KillMarkers(text);
        var section = SectionNames.StripSectionName(text);
        section = Sanitizer.NormalizeSectionNameWhitespace(section);
        section = Sanitizer.DecodeCharReferences(section);
        section = SectionNames.NormalizeAsFragment(section);
        var id = Sanitizer.EscapeIdForLink(section);
        return Sanitizer.SafeEncodeAttribute(id).Replace("&#95;", "_", StringComparison.Ordinal);
    }

    private static ParserFunctionResult UrlFunction(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, Func<PageTitle, string, SiteConfiguration, string> url, bool escape)
    {
        var text = FunctionArguments.Trimmed(args, 0);
        var titles = host.Context.Titles;
        var title = titles.Parse(text) ?? titles.Parse(PhpUrl.UrlDecode(text));
        if (title is null)
        {
            return ParserFunctionResult.NotFound;
        }

        if (title.Namespace == StandardNamespaces.Media)
        {
            title = titles.MakeTitle(StandardNamespaces.File, title.Text) ?? title;
        }

        var result = url(title, args.Count > 1 ? FunctionArguments.Trimmed(args, 1) : string.Empty, host.Context.Site);
        return escape ? PhpHtml.SpecialChars(result, compat: true) : result;
    }

    private static ParserFunctionResult FilePath(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var name = FunctionArguments.Trimmed(args, 0);
        var title = host.Context.Titles.MakeTitle(StandardNamespaces.File, name);
        if (title is null || !host.Context.Pages.FileExists(title))
        {
            return string.Empty;
        }

        // MediaWiki's default hashed upload layout: /images/a/ab/Name.jpg below the script path.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(title.DbKey)));
        var url = host.Context.Site.Server + host.Context.Site.ScriptPath + "/images/" + hash[..1] + "/" + hash[..2] + "/" + PhpUrl.WikiUrlEncode(title.DbKey);
        var nowiki = FunctionArguments.Trimmed(args, 1) == "nowiki" || FunctionArguments.Trimmed(args, 2) == "nowiki";
        return nowiki ? new ParserFunctionResult(url, NoWiki: true) : url;
    }

    /// <summary>{{ns:}}: a namespace number or name to the local name, with spaces; null when the name is unknown.</summary>
    private static string? Namespace(IParserFunctionHost host, string text)
    {
        var site = host.Context.Site;
        var number = PhpNumeric.ToLong(text);
        if (number != 0 || PhpNumeric.LooseEquals(text, "0"))
        {
            return number is > int.MaxValue or < int.MinValue || !site.TryGetNamespace((int)number, out var byNumber)
                ? string.Empty
                : byNumber.Name.Replace('_', ' ');
        }

        return site.TryGetNamespace(text.Replace(' ', '_'), out var byName) ? byName.Name.Replace('_', ' ') : null;
    }

    /// <summary>{{#special:}}: the local title of a special page, its subpage kept.</summary>
    internal static string Special(IParserFunctionHost host, string text)
    {
        var titles = host.Context.Titles;
        if (SpecialPages.TryResolve(text, out var name, out var subpage))
        {
            return titles.MakeTitle(StandardNamespaces.Special, SpecialPages.LocalName(name, subpage))?.PrefixedText ?? text;
        }

        return titles.MakeTitle(StandardNamespaces.Special, text)?.PrefixedText
            ?? titles.MakeTitle(StandardNamespaces.Special, "Badtitle")!.PrefixedText;
    }
}

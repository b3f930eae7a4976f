using System.Net;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Import.Scanning;

/// <content>Internal links: pages, categories, files.</content>
public sealed partial class WikitextLinkScanner
{
    // MediaWiki's Parser refuses internal links whose target starts with a URL protocol.
    private static readonly string[] UrlProtocols =
        ["http://", "https://", "ftp://", "ftps://", "//", "mailto:", "news:", "irc://", "ircs://", "gopher://", "telnet://", "nntp://", "sftp://", "ssh://", "svn://", "git://", "mms://", "worldwind://", "xmpp:", "sip:", "sips:", "tel:", "urn:", "geo:", "magnet:", "bitcoin:", "matrix:"];

    // Namespaces without subpages in a default MediaWiki: relative links there are plain titles.
    private static readonly HashSet<int> NoSubpages = [StandardNamespaces.Main, StandardNamespaces.File, StandardNamespaces.Category];

    /// <summary>Scans a link starting at <c>[[</c>; returns where to continue.</summary>
    private int ScanLink(string s, int open, ScannedLinks links, PageTitle? page)
    {
        var start = open + 2;
        var j = start;
        while (j < s.Length && s[j] is not ('|' or ']' or '[' or '{' or '}' or '<' or '>' or '\n'))
        {
            j++;
        }

        if (j >= s.Length)
        {
            return s.Length;
        }

        var isPipe = s[j] == '|';
        if (!isPipe && !(s[j] == ']' && j + 1 < s.Length && s[j + 1] == ']'))
        {
            // A target built by a template ([[{{PAGENAME}}]]) or an invalid one: scan on inside it.
            return start;
        }

        var raw = s[start..j];
        var title = ParseLinkTarget(raw, page);
        if (title is null)
        {
            return j;
        }

        var leadingColon = raw.AsSpan().TrimStart().StartsWith(":", StringComparison.Ordinal);
        switch (title.Namespace)
        {
            case StandardNamespaces.Category when !leadingColon:
                if (!isPipe)
                {
                    links.AddCategory(title.Text, null);
                    return j;
                }

                var close = s.IndexOf("]]", j + 1, StringComparison.Ordinal);
                if (close < 0)
                {
                    return j;
                }

                links.AddCategory(title.Text, CleanSortKey(s[(j + 1)..close]));
                return close + 2;
            case StandardNamespaces.File when !leadingColon:
            case StandardNamespaces.Media:
                links.AddImage(title.Text);
                return j;
            case < 0:
                return j;
            default:
                links.AddLink(new LinkTarget(title.Namespace, title.Text));
                return j;
        }
    }

    private PageTitle? ParseLinkTarget(string raw, PageTitle? page)
    {
        var target = raw.Trim();
        if (target.Length == 0 || target[0] == '#')
        {
            return null;
        }

        foreach (var protocol in UrlProtocols)
        {
            if (target.StartsWith(protocol, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        if (target.Contains('&', StringComparison.Ordinal))
        {
            target = WebUtility.HtmlDecode(target);
        }

        if (target.Contains('%', StringComparison.Ordinal))
        {
            // MediaWiki decodes percent-escapes in link targets ([[Foo%20bar]] is [[Foo bar]]).
            target = Uri.UnescapeDataString(target);
        }

        if (page is not null && (target.StartsWith('/') || target.StartsWith("../", StringComparison.Ordinal)) && !NoSubpages.Contains(page.Namespace))
        {
            target = ResolveRelative(page, target);
        }

        var title = _titles.Parse(target);
        return title is null || title.IsExternal || title.Text.Length == 0 ? null : title;
    }

    /// <summary>Resolves <c>/Sub</c>, <c>../Sibling</c> against the page's title, as MediaWiki does in namespaces with subpages.</summary>
    private static string ResolveRelative(PageTitle page, string target)
    {
        var baseTitle = page.PrefixedText;
        while (target.StartsWith("../", StringComparison.Ordinal))
        {
            var slash = baseTitle.LastIndexOf('/');
            if (slash < 0)
            {
                return target;
            }

            baseTitle = baseTitle[..slash];
            target = target[2..];
        }

        target = target.TrimEnd('/');
        return target.Length == 0 ? baseTitle : baseTitle + target;
    }

    private static string CleanSortKey(string key)
    {
        // MediaWiki decodes character references and drops newlines in sort keys, and keeps spaces
        // ("[[Category:X| ]]" sorts the page first).
        if (key.Contains('&', StringComparison.Ordinal))
        {
            key = WebUtility.HtmlDecode(key);
        }

        return key.Replace("\n", string.Empty, StringComparison.Ordinal);
    }
}

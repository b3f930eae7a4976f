using Athenaeum.Wikitext.Globalization.Php;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>The URLs of titles (MediaWiki's Title::getLocalURL, getFullURL, getCanonicalURL).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class WikiUrls
{
    /// <summary>Gets the entry script, "{ScriptPath}/index.php" ($wgScript).</summary>
    public static string Script(SiteConfiguration site) => site.ScriptPath + "/index.php";

    /// <summary>Gets the canonical server ($wgCanonicalServer): the server with "https:" when it is protocol-relative.</summary>
    public static string CanonicalServer(SiteConfiguration site) => site.Server.StartsWith("//", StringComparison.Ordinal) ? "https:" + site.Server : site.Server;

    /// <summary>Gets the host name of the server ($wgServerName).</summary>
    public static string ServerName(SiteConfiguration site)
    {
        var s = site.Server;
        var scheme = s.IndexOf("//", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 2)..];
        }

        var end = s.IndexOfAny(['/', ':', '?', '#']);
        return end < 0 ? s : s[..end];
    }

    /// <summary>getLocalURL: the article path for a plain view, the script with "title=" when there is a query.</summary>
    public static string Local(PageTitle title, string query, SiteConfiguration site)
    {
        if (title.IsExternal && site.Interwiki.TryGetValue(title.Interwiki, out var interwiki))
        {
            var ns = title.NamespaceName.Length > 0 ? title.NamespaceName.Replace(' ', '_') + ":" : string.Empty;
            var url = interwiki.UrlPattern.Replace("$1", PhpUrl.WikiUrlEncode(ns + title.DbKey), StringComparison.Ordinal);
            return AppendQuery(url, query);
        }

        var dbkey = PhpUrl.WikiUrlEncode(title.PrefixedDbKey);
        if (query.Length == 0)
        {
            return site.ArticlePath.Replace("$1", dbkey, StringComparison.Ordinal);
        }

        return Script(site) + "?title=" + dbkey + "&" + (query == "-" ? string.Empty : query);
    }

    /// <summary>getFullURL: the local URL on the server (protocol-relative when the server is), with the fragment.</summary>
    public static string Full(PageTitle title, string query, SiteConfiguration site)
        => Expand(Local(title, query, site), site.Server) + Fragment(title, site);

    /// <summary>getCanonicalURL: the local URL on the canonical server, with the fragment.</summary>
    public static string Canonical(PageTitle title, string query, SiteConfiguration site)
    {
        var url = Expand(Local(title, query, site), CanonicalServer(site));
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        return url + Fragment(title, site);
    }

    private static string Expand(string url, string server)
        => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? server + url : url;

    private static string Fragment(PageTitle title, SiteConfiguration site)
    {
        if (title.Fragment.Length == 0)
        {
            return string.Empty;
        }

        if (title.IsExternal && site.Interwiki.TryGetValue(title.Interwiki, out var interwiki) && !interwiki.IsLocal)
        {
            return "#" + Sanitizer.EscapeIdForExternalInterwiki(title.Fragment);
        }

        return "#" + Sanitizer.EscapeIdForLink(title.Fragment);
    }

    private static string AppendQuery(string url, string query)
    {
        if (query.Length == 0)
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? string.Empty : url[hash..];
        var main = hash < 0 ? url : url[..hash];
        return main + (main.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query + fragment;
    }
}

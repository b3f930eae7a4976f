using System.Text;
using Athenaeum.Scribunto.Engine;
using Athenaeum.Scribunto.Interop;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>Title URLs as MediaWiki's Title::getLocalURL, getFullURL and getCanonicalURL build them.</summary>
internal static class TitleUrls
{
    /// <summary>Encodes text as MediaWiki's wfUrlencode (urlencode, keeping ;@$!*(),/~: readable).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string WfUrlencode(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ';' or '@' or '$' or '!' or '*' or '(' or ')' or ',' or '/' or '~' or ':')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>PHP's urlencode.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string UrlEncode(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>Reads a query argument (string, or table as wfArrayToCgi writes it).</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The stack index.</param>
    /// <returns>The query string ("" for none).</returns>
    public static string ReadQuery(LuaState lua, int index)
    {
        var t = lua.TypeAt(index);
        if (t is LuaNative.TypeString or LuaNative.TypeNumber)
        {
            return lua.ToStringValue(index)!;
        }

        if (t != LuaNative.TypeTable)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        var abs = lua.ToAbsolute(index);
        lua.PushNil();
        while (lua.Next(abs))
        {
            var key = lua.TypeAt(-2) == LuaNative.TypeNumber ? LuaState.FormatNumber(lua.ToNumber(-2)) : lua.ToStringValue(-2);
            var vt = lua.TypeAt(-1);
            if (key is not null && vt != LuaNative.TypeNil && !(vt == LuaNative.TypeBoolean && !lua.ToBoolean(-1)))
            {
                var value = vt == LuaNative.TypeBoolean ? "1" : lua.ToStringValue(-1) ?? string.Empty;
                parts.Add(UrlEncode(key) + "=" + UrlEncode(value));
            }

            lua.Pop(1);
        }

        return string.Join("&", parts);
    }

    /// <summary>The local URL of a title (no fragment), as Title::getLocalURL.</summary>
    /// <param name="site">The wiki.</param>
    /// <param name="title">The title.</param>
    /// <param name="query">The query string.</param>
    /// <returns>The URL.</returns>
    public static string Local(SiteConfiguration site, PageTitle title, string query)
    {
        if (title.IsExternal && site.Interwiki.TryGetValue(title.Interwiki, out var iw))
        {
            var url = iw.UrlPattern.Replace("$1", WfUrlencode(title.PrefixedDbKey), StringComparison.Ordinal);
            return query.Length == 0 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
        }

        var key = WfUrlencode(title.PrefixedDbKey);
        return query.Length == 0
            ? site.ArticlePath.Replace("$1", key, StringComparison.Ordinal)
            : site.ScriptPath + "/index.php?title=" + key + "&" + query;
    }

    /// <summary>The full URL (with server and fragment), as Title::getFullURL.</summary>
    /// <param name="site">The wiki.</param>
    /// <param name="title">The title.</param>
    /// <param name="query">The query string.</param>
    /// <param name="proto">"relative", "http", "https" or "canonical".</param>
    /// <returns>The URL.</returns>
    public static string Full(SiteConfiguration site, PageTitle title, string query, string proto = "relative")
    {
        var local = Local(site, title, query);
        var server = proto switch
        {
            "http" => "http:" + StripProtocol(site.Server),
            "https" => "https:" + StripProtocol(site.Server),
            "canonical" => CanonicalServer(site),
            _ => site.Server,
        };
        var url = local.StartsWith('/') && !local.StartsWith("//", StringComparison.Ordinal) ? server + local : local;
        return url + Fragment(title);
    }

    /// <summary>The canonical URL, as Title::getCanonicalURL.</summary>
    /// <param name="site">The wiki.</param>
    /// <param name="title">The title.</param>
    /// <param name="query">The query string.</param>
    /// <returns>The URL.</returns>
    public static string Canonical(SiteConfiguration site, PageTitle title, string query) => Full(site, title, query, "canonical");

    /// <summary>The wiki's canonical server ($wgCanonicalServer): the server with https when protocol-relative.</summary>
    /// <param name="site">The wiki.</param>
    /// <returns>The server.</returns>
    public static string CanonicalServer(SiteConfiguration site)
        => site.Server.StartsWith("//", StringComparison.Ordinal) ? "https:" + site.Server : site.Server;

    private static string StripProtocol(string server)
    {
        var i = server.IndexOf("//", StringComparison.Ordinal);
        return i >= 0 ? server[i..] : server;
    }

    private static string Fragment(PageTitle title)
        => title.Fragment.Length == 0 ? string.Empty : "#" + WfUrlencode(title.Fragment.Replace(' ', '_')).Replace("%3A", ":", StringComparison.Ordinal);

    /// <summary>Encodes a section name as <c>{{anchorencode:}}</c> does (through the registered function).</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="text">The text.</param>
    /// <returns>The anchor.</returns>
    public static string AnchorEncode(ScribuntoEngine engine, string text)
    {
        if (engine.Host.Pipeline.TryGetParserFunction("anchorencode", out var function))
        {
            return function.Invoke(engine.Host, [new StringArgument(text, splittable: false)]).Text;
        }

        return WfUrlencode(text.Replace(' ', '_'));
    }
}

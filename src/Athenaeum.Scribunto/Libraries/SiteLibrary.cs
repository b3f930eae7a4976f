using Athenaeum.Scribunto.Engine;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>The host side of mw.site: the wiki's configuration as Lua tables.</summary>
internal static class SiteLibrary
{
    /// <summary>MediaWiki's version string as mw.site.currentVersion shows it (the oracle's MediaWiki).</summary>
    public const string MediaWikiVersion = "1.39.17";

    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        table.Add("siteInfo", (e, l) => SiteInfo(e, l));
        table.Add("getNsIndex", (e, l) =>
        {
            var name = LuaArgs.CheckString(l, 1, "getNsIndex").Replace('_', ' ').Trim();
            if (e.Site.TryGetNamespace(name, out var ns))
            {
                l.PushNumber(ns.Id);
            }
            else
            {
                l.PushBoolean(false);
            }

            return 1;
        });
        table.Add("pagesInCategory", (e, l) => PagesInCategory(e, l));
        table.Add("pagesInNamespace", (_, l) =>
        {
            LuaArgs.CheckNumber(l, 1, "pagesInNamespace");
            l.PushNumber(0);
            return 1;
        });
        table.Add("usersInGroup", (e, l) =>
        {
            var group = LuaArgs.CheckString(l, 1, "usersInGroup").ToLowerInvariant();
            var stats = Statistics(e);
            l.PushNumber(stats.GroupMembers.TryGetValue(group, out var n) ? n : 0);
            return 1;
        });
        table.Add("interwikiList", (e, l) => InterwikiList(e, l));
    }

    /// <summary>Whether pages of a namespace have subpages ($wgNamespacesWithSubpages with Scribunto's additions).</summary>
    /// <param name="id">The namespace number.</param>
    /// <returns>Whether "/" makes subpages there.</returns>
    public static bool HasSubpages(int id) => (id > 0 && id % 2 == 1) || id is 2 or 4 or 8 or 10 or 12 or StandardNamespaces.Module;

    private static SiteStatistics Statistics(ScribuntoEngine engine)
        => engine.Host.Pipeline.Extensions.OfType<CoreParserFunctionsExtension>().FirstOrDefault()?.Options.Statistics ?? new SiteStatistics();

    private static int SiteInfo(ScribuntoEngine engine, LuaState lua)
    {
        var site = engine.Site;
        lua.NewTable();
        lua.PushString(site.SiteName);
        lua.RawSet(-2, "siteName");
        lua.PushString(site.Server);
        lua.RawSet(-2, "server");
        lua.PushString(site.ScriptPath);
        lua.RawSet(-2, "scriptPath");
        lua.PushString(site.ScriptPath + "/skins");
        lua.RawSet(-2, "stylePath");
        lua.PushString(MediaWikiVersion);
        lua.RawSet(-2, "currentVersion");

        lua.NewTable();
        foreach (var ns in site.Namespaces.Values.OrderBy(n => n.Id))
        {
            lua.PushNumber(ns.Id);
            PushNamespace(engine, lua, ns);
            lua.RawSetKeyValue(-3);
        }

        lua.RawSet(-2, "namespaces");

        var stats = Statistics(engine);
        lua.NewTable();
        foreach (var (name, value) in new[]
        {
            ("pages", stats.Pages), ("articles", stats.Articles), ("files", stats.Files), ("edits", stats.Edits),
            ("users", stats.Users), ("activeUsers", stats.ActiveUsers),
            ("admins", stats.GroupMembers.TryGetValue("sysop", out var admins) ? admins : 0),
        })
        {
            lua.PushNumber(value);
            lua.RawSet(-2, name);
        }

        lua.RawSet(-2, "stats");
        return 1;
    }

    private static void PushNamespace(ScribuntoEngine engine, LuaState lua, NamespaceInfo ns)
    {
        var id = ns.Id;
        lua.NewTable();
        lua.PushNumber(id);
        lua.RawSet(-2, "id");
        lua.PushString(ns.Name);
        lua.RawSet(-2, "name");
        lua.PushString(ns.CanonicalName);
        lua.RawSet(-2, "canonicalName");
        lua.PushBoolean(HasSubpages(id));
        lua.RawSet(-2, "hasSubpages");
        lua.PushBoolean(id is 2 or 3);
        lua.RawSet(-2, "hasGenderDistinction");
        lua.PushBoolean(ns.FirstLetterCase);
        lua.RawSet(-2, "isCapitalized");
        lua.PushBoolean(id == StandardNamespaces.Main);
        lua.RawSet(-2, "isContent");
        lua.PushBoolean(true);
        lua.RawSet(-2, "isIncludable");
        lua.PushBoolean(id >= 0);
        lua.RawSet(-2, "isMovable");
        lua.PushBoolean(!ns.IsTalk);
        lua.RawSet(-2, "isSubject");
        lua.PushBoolean(ns.IsTalk);
        lua.RawSet(-2, "isTalk");
        // defaultContentModel stays nil: MediaWiki 1.39 declares no per-namespace models (Scribunto uses a hook)
        lua.NewTable();
        var i = 1;
        foreach (var alias in ns.Aliases)
        {
            lua.PushString(alias.Replace('_', ' '));
            lua.RawSet(-2, i++);
        }

        lua.RawSet(-2, "aliases");
        if (id >= 0)
        {
            var subject = id & ~1;
            lua.PushNumber(subject);
            lua.RawSet(-2, "subject");
            lua.PushNumber(subject + 1);
            lua.RawSet(-2, "talk");
            lua.PushNumber(ns.IsTalk ? subject : subject + 1);
            lua.RawSet(-2, "associated");
        }
        else
        {
            lua.PushNumber(id);
            lua.RawSet(-2, "subject");
        }

        if (id == StandardNamespaces.Main)
        {
            var language = Language.Get(engine.Site.LanguageCode);
            lua.PushString(TextLibrary.MessageText(language, "blanknamespace") is { Length: > 0 } display ? display : "(Main)");
            lua.RawSet(-2, "displayName");
        }
    }

    private static int PagesInCategory(ScribuntoEngine engine, LuaState lua)
    {
        var category = LuaArgs.CheckString(lua, 1, "pagesInCategory");
        var which = LuaArgs.OptString(lua, 2, "pagesInCategory", "all")!;
        if (engine.Context.Titles.MakeTitle(StandardNamespaces.Category, category) is null)
        {
            lua.PushNumber(0);
            return 1;
        }

        if (engine.CountedCategories.Add(category))
        {
            engine.IncrementExpensiveFunctionCount();
        }

        // Category sizes are not known to a renderer of dump pages: every category counts as empty.
        if (string.Equals(which, "*", StringComparison.Ordinal))
        {
            lua.NewTable();
            foreach (var key in new[] { "all", "subcats", "files", "pages" })
            {
                lua.PushNumber(0);
                lua.RawSet(-2, key);
            }

            return 1;
        }

        if (which is not ("all" or "pages" or "subcats" or "files"))
        {
            throw LuaArgs.BadType(lua, 2, "pagesInCategory", "one of '*', 'all', 'pages', 'subcats', or 'files'");
        }

        lua.PushNumber(0);
        return 1;
    }

    /// <summary>
    /// The entries of mw.site.interwikiMap(filter) as a list (prefix, url, isProtocolRelative,
    /// isLocal, prefix, …) in prefix order: mw.site.lua builds the map from it, once per page and
    /// filter, instead of the whole map crossing the bridge at every call (CS1 asks at every citation).
    /// </summary>
    private static int InterwikiList(ScribuntoEngine engine, LuaState lua)
    {
        var filter = LuaArgs.OptString(lua, 1, "interwikiMap");
        bool? local = filter switch
        {
            null => null,
            "local" => true,
            "!local" => false,
            _ => throw new LuaScriptException("bad argument #1 to 'interwikiMap' (unknown filter '" + filter + "')"),
        };
        lua.NewTable();
        var n = 0;
        foreach (var entry in engine.Site.Interwiki.Values.OrderBy(e => e.Prefix, StringComparer.Ordinal))
        {
            if (local is not null && entry.IsLocal != local)
            {
                continue;
            }

            lua.PushString(entry.Prefix);
            lua.RawSet(-2, ++n);
            lua.PushString(entry.UrlPattern);
            lua.RawSet(-2, ++n);
            lua.PushBoolean(entry.UrlPattern.StartsWith("//", StringComparison.Ordinal));
            lua.RawSet(-2, ++n);
            lua.PushBoolean(entry.IsLocal);
            lua.RawSet(-2, ++n);
        }

        return 1;
    }
}

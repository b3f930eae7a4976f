using System.Globalization;
using Athenaeum.Scribunto.Engine;
using Athenaeum.Scribunto.Interop;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>The host side of mw.title: parsing, existence, URLs and content of titles.</summary>
internal static class TitleLibrary
{
    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        table.Add("currentTitle", (e, l) =>
        {
            PushTitleData(e, l, e.Context.Title);
            return 1;
        });
        table.Add("newTitle", (e, l) => NewTitle(e, l));
        table.Add("makeTitle", (e, l) => MakeTitle(e, l));
        table.Add("titleExpensiveData", (e, l) => ExpensiveData(e, l));
        table.Add("titleUrl", (e, l) => Url(e, l));
        table.Add("titleContent", (e, l) => Content(e, l));
        table.Add("titleFileInfo", (e, l) => FileInfo(e, l));
        table.Add("titleProtectionLevels", (e, l) => ProtectionLevels(e, l));
        table.Add("titleCascadingProtection", (_, l) =>
        {
            l.NewTable();
            l.NewTable();
            l.RawSet(-2, "sources");
            l.NewTable();
            l.RawSet(-2, "restrictions");
            return 1;
        });
        table.Add("titleRedirectTarget", (e, l) => RedirectTarget(e, l));
    }

    /// <summary>Pushes the inexpensive data of a title (Scribunto's getInexpensiveTitleData).</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="lua">The state.</param>
    /// <param name="title">The title.</param>
    public static void PushTitleData(ScribuntoEngine engine, LuaState lua, PageTitle title)
    {
        var current = engine.Context.Title;
        lua.NewTable(0, 10);
        lua.PushBoolean(title.Namespace == current.Namespace && string.Equals(title.Text, current.Text, StringComparison.Ordinal)
            && string.Equals(title.Interwiki, current.Interwiki, StringComparison.Ordinal));
        lua.RawSet(-2, "isCurrentTitle");
        lua.PushBoolean(!title.IsExternal || (engine.Site.Interwiki.TryGetValue(title.Interwiki, out var iw) && iw.IsLocal));
        lua.RawSet(-2, "isLocal");
        lua.PushString(title.Interwiki);
        lua.RawSet(-2, "interwiki");
        lua.PushNumber(title.Namespace);
        lua.RawSet(-2, "namespace");
        lua.PushString(title.NamespaceName.Replace(' ', '_'));
        lua.RawSet(-2, "nsText");
        lua.PushString(title.Text);
        lua.RawSet(-2, "text");
        lua.PushString(title.Fragment);
        lua.RawSet(-2, "fragment");
        lua.PushString(TitleUrls.WfUrlencode(title.DbKey));
        lua.RawSet(-2, "thePartialUrl");
        if (title.Namespace == StandardNamespaces.Special)
        {
            lua.PushBoolean(false);
            lua.RawSet(-2, "exists");
        }

        if (title.Namespace is not StandardNamespaces.File and not StandardNamespaces.Media)
        {
            lua.PushBoolean(false);
            lua.RawSet(-2, "file");
        }
    }

    private static int CheckNamespace(ScribuntoEngine engine, LuaState lua, int index, string function, int? defaultValue)
    {
        var t = lua.TypeAt(index);
        if (t is LuaNative.TypeNil or LuaNative.TypeNone && defaultValue is { } d)
        {
            return d;
        }

        var text = lua.ToStringValue(index);
        if (t == LuaNative.TypeNumber || (t == LuaNative.TypeString && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            var n = (int)double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!engine.Site.TryGetNamespace(n, out _))
            {
                throw new LuaScriptException($"bad argument #{index} to '{function}' (unrecognized namespace number '{n}')");
            }

            return n;
        }

        if (t == LuaNative.TypeString)
        {
            if (!engine.Site.TryGetNamespace(text!.Replace('_', ' ').Trim(), out var ns))
            {
                throw new LuaScriptException($"bad argument #{index} to '{function}' (unrecognized namespace name '{text}')");
            }

            return ns.Id;
        }

        throw LuaArgs.BadType(lua, index, function, "namespace number or name");
    }

    private static int NewTitle(ScribuntoEngine engine, LuaState lua)
    {
        var t = lua.TypeAt(1);
        if (t == LuaNative.TypeNumber)
        {
            // Pages by id: a renderer of dump pages has no id index; the lookup still counts as expensive.
            engine.IncrementExpensiveFunctionCount();
            var id = (long)lua.ToNumber(1);
            if (id == engine.Context.PageId && id > 0)
            {
                PushTitleData(engine, lua, engine.Context.Title);
                return 1;
            }

            lua.PushNil();
            return 1;
        }

        if (t != LuaNative.TypeString)
        {
            throw LuaArgs.BadType(lua, 1, "title.new", "number or string");
        }

        var ns = CheckNamespace(engine, lua, 2, "title.new", StandardNamespaces.Main);
        var title = engine.Context.Titles.Parse(lua.ToStringValue(1), ns);
        if (title is null)
        {
            lua.PushNil();
            return 1;
        }

        PushTitleData(engine, lua, title);
        return 1;
    }

    private static int MakeTitle(ScribuntoEngine engine, LuaState lua)
    {
        var ns = CheckNamespace(engine, lua, 1, "makeTitle", null);
        if (lua.TypeAt(2) != LuaNative.TypeString)
        {
            throw LuaArgs.BadType(lua, 2, "makeTitle", "string");
        }

        var text = lua.ToStringValue(2)!;
        var fragment = OptStrictString(lua, 3, "makeTitle");
        var interwiki = OptStrictString(lua, 4, "makeTitle");
        var title = MakeTitleSafe(engine, ns, text, fragment, interwiki);
        if (title is null)
        {
            lua.PushNil();
        }
        else
        {
            PushTitleData(engine, lua, title);
        }

        return 1;
    }

    /// <summary>MediaWiki's Title::makeTitleSafe: the canonical namespace name, the text, then a full parse.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="ns">The namespace.</param>
    /// <param name="text">The title text.</param>
    /// <param name="fragment">The fragment.</param>
    /// <param name="interwiki">The interwiki prefix.</param>
    /// <returns>The title, or <see langword="null"/> when invalid.</returns>
    public static PageTitle? MakeTitleSafe(ScribuntoEngine engine, int ns, string text, string fragment = "", string interwiki = "")
    {
        if (!engine.Site.TryGetNamespace(ns, out var info))
        {
            return null;
        }

        var name = info.CanonicalName.Length == 0 ? text : info.CanonicalName + ":" + text;
        if (fragment.Length > 0)
        {
            name += "#" + fragment;
        }

        if (interwiki.Length > 0)
        {
            name = interwiki + ":" + name;
        }

        return engine.Context.Titles.Parse(name);
    }

    private static string OptStrictString(LuaState lua, int index, string function)
    {
        var t = lua.TypeAt(index);
        if (t is LuaNative.TypeNil or LuaNative.TypeNone)
        {
            return string.Empty;
        }

        return t == LuaNative.TypeString ? lua.ToStringValue(index)! : throw LuaArgs.BadType(lua, index, function, "string");
    }

    private static PageTitle? ParseArgument(ScribuntoEngine engine, LuaState lua, string function)
    {
        if (lua.TypeAt(1) != LuaNative.TypeString)
        {
            throw LuaArgs.BadType(lua, 1, function, "string");
        }

        return engine.Context.Titles.Parse(lua.ToStringValue(1));
    }

    private static int ExpensiveData(ScribuntoEngine engine, LuaState lua)
    {
        var title = ParseArgument(engine, lua, "getExpensiveData");
        if (title is null)
        {
            return 0;
        }

        var page = engine.ExpensiveLookup(title);
        lua.NewTable();
        lua.PushBoolean(page?.RedirectTarget is not null);
        lua.RawSet(-2, "isRedirect");
        lua.PushNumber(page?.PageId ?? 0);
        lua.RawSet(-2, "id");
        lua.PushString(page?.ContentModel is { Length: > 0 } model ? model : DefaultContentModel(title));
        lua.RawSet(-2, "contentModel");
        lua.PushBoolean(page is not null);
        lua.RawSet(-2, "exists");
        return 1;
    }

    private static string DefaultContentModel(PageTitle title) => title.Namespace == StandardNamespaces.Module && !title.Text.EndsWith("/doc", StringComparison.Ordinal)
        ? "Scribunto"
        : "wikitext";

    private static int Url(ScribuntoEngine engine, LuaState lua)
    {
        var title = ParseArgument(engine, lua, "getUrl");
        var which = LuaArgs.CheckString(lua, 2, "getUrl");
        if (which is not ("fullUrl" or "localUrl" or "canonicalUrl"))
        {
            throw LuaArgs.BadType(lua, 2, "getUrl", "'fullUrl', 'localUrl', or 'canonicalUrl'");
        }

        var qt = lua.TypeAt(3);
        if (qt is not (LuaNative.TypeNil or LuaNative.TypeNone or LuaNative.TypeString or LuaNative.TypeTable))
        {
            throw LuaArgs.BadType(lua, 3, which, "table or string");
        }

        var query = TitleUrls.ReadQuery(lua, 3);
        var proto = "relative";
        if (which == "fullUrl")
        {
            proto = lua.TypeAt(4) is LuaNative.TypeNil or LuaNative.TypeNone ? "relative" : lua.ToStringValue(4) ?? string.Empty;
            if (proto is not ("http" or "https" or "relative" or "canonical"))
            {
                throw LuaArgs.BadType(lua, 2, which, "'http', 'https', 'relative', or 'canonical'");
            }
        }

        if (title is null)
        {
            return 0;
        }

        lua.PushString(which switch
        {
            "localUrl" => TitleUrls.Local(engine.Site, title, query),
            "canonicalUrl" => TitleUrls.Canonical(engine.Site, title, query),
            _ => TitleUrls.Full(engine.Site, title, query, proto),
        });
        return 1;
    }

    private static int Content(ScribuntoEngine engine, LuaState lua)
    {
        var title = ParseArgument(engine, lua, "getContent");
        if (title is null || title.IsExternal || title.Namespace < 0)
        {
            return 0;
        }

        engine.Host.Output.Templates.Add(title.WithoutFragment);
        var page = engine.Context.Pages.GetPage(title.WithoutFragment);
        if (page is null)
        {
            return 0;
        }

        lua.PushString(page.Text);
        return 1;
    }

    private static int FileInfo(ScribuntoEngine engine, LuaState lua)
    {
        var text = LuaArgs.CheckString(lua, 1, "getFileInfo");
        var title = engine.Context.Titles.Parse(text);
        if (title is null || title.Namespace is not (StandardNamespaces.File or StandardNamespaces.Media))
        {
            lua.PushBoolean(false);
            return 1;
        }

        // No media files are served: every file is missing, as on a wiki without uploads.
        engine.IncrementExpensiveFunctionCount();
        engine.Host.Output.Images.Add(title.DbKey);
        lua.NewTable();
        lua.PushBoolean(false);
        lua.RawSet(-2, "exists");
        return 1;
    }

    private static int ProtectionLevels(ScribuntoEngine engine, LuaState lua)
    {
        var title = ParseArgument(engine, lua, "protectionLevels");
        lua.NewTable();
        if (title is null)
        {
            return 1;
        }

        var exists = engine.ExpensiveLookup(title) is not null;
        foreach (var action in exists ? new[] { "edit", "move" } : ["create"])
        {
            lua.NewTable();
            lua.RawSet(-2, action);
        }

        return 1;
    }

    private static int RedirectTarget(ScribuntoEngine engine, LuaState lua)
    {
        var title = ParseArgument(engine, lua, "redirectTarget");
        if (title is null)
        {
            return 0;
        }

        engine.Host.Output.Templates.Add(title.WithoutFragment);
        var target = engine.Context.Pages.GetPage(title.WithoutFragment)?.RedirectTarget;
        if (target is null)
        {
            return 0;
        }

        PushTitleData(engine, lua, target);
        return 1;
    }
}

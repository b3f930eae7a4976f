using Athenaeum.Scribunto.Engine;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>The host side of mw.uri: anchors and the wiki URLs of titles.</summary>
internal static class UriLibrary
{
    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        table.Add("uriDefaultUrl", (e, l) =>
        {
            l.PushString(TitleUrls.Full(e.Site, e.Context.Title, string.Empty));
            return 1;
        });
        table.Add("anchorEncode", (e, l) =>
        {
            l.PushString(TitleUrls.AnchorEncode(e, LuaArgs.CheckString(l, 1, "anchorEncode")));
            return 1;
        });
        table.Add("uriWikiUrl", (e, l) => WikiUrl(e, l));
    }

    private static int WikiUrl(ScribuntoEngine engine, LuaState lua)
    {
        var which = lua.ToStringValue(1);
        var page = LuaArgs.CheckString(lua, 2, which ?? "url");
        var titles = engine.Context.Titles;
        var title = titles.Parse(page) ?? titles.Parse(Uri.UnescapeDataString(page.Replace('+', ' ')));
        if (title is null)
        {
            return 0;
        }

        if (title.Namespace == StandardNamespaces.Media)
        {
            title = titles.MakeTitle(StandardNamespaces.File, title.Text) ?? title;
        }

        var query = TitleUrls.ReadQuery(lua, 3);
        lua.PushString(which switch
        {
            "localUrl" => TitleUrls.Local(engine.Site, title, query),
            "canonicalUrl" => TitleUrls.Canonical(engine.Site, title, query),
            _ => TitleUrls.Full(engine.Site, title, query),
        });
        return 1;
    }
}

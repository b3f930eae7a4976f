using System.Text;
using Athenaeum.Scribunto.Engine;
using Athenaeum.Scribunto.Interop;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>
/// The host side of mw.message: a message is the page MediaWiki:Key (MediaWiki:Key/lang for
/// another language) when it exists and the database is used, else the built-in text.
/// </summary>
internal static class MessageLibrary
{
    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        table.Add("messageDefaultLanguage", (e, l) =>
        {
            l.PushString(e.Site.LanguageCode);
            return 1;
        });
        table.Add("messagePlain", (e, l) => Plain(e, l));
        table.Add("messageCheck", (e, l) => Check(e, l));
    }

    private sealed record MessageData(List<string> Keys, string? Raw, string Lang, bool UseDb);

    private static MessageData Read(LuaState lua, int index)
    {
        var keys = new List<string>();
        lua.RawGet(index, "keys");
        if (lua.TypeAt(-1) == LuaNative.TypeTable)
        {
            for (var i = 1; ; i++)
            {
                lua.RawGet(-1, i);
                var key = lua.ToStringValue(-1);
                lua.Pop(1);
                if (key is null)
                {
                    break;
                }

                keys.Add(key);
            }
        }

        lua.Pop(1);
        lua.RawGet(index, "rawMessage");
        var raw = lua.ToStringValue(-1);
        lua.Pop(1);
        lua.RawGet(index, "lang");
        var lang = lua.ToStringValue(-1) ?? "en";
        lua.Pop(1);
        lua.RawGet(index, "useDB");
        var useDb = lua.ToBoolean(-1);
        lua.Pop(1);
        return new MessageData(keys, raw, lang, useDb);
    }

    private static string? Lookup(ScribuntoEngine engine, string key, string lang, bool useDb)
    {
        if (useDb && key.Length > 0)
        {
            var name = char.ToUpperInvariant(key[0]) + key[1..];
            if (!string.Equals(lang, engine.Site.LanguageCode, StringComparison.OrdinalIgnoreCase))
            {
                name += "/" + lang;
            }

            var title = engine.Context.Titles.MakeTitle(StandardNamespaces.MediaWiki, name);
            if (title is not null && engine.Context.Pages.GetPage(title) is { } page)
            {
                return TextLibrary.FixMessageWhitespace(page.Text);
            }
        }

        return Language.Get(lang).GetMessage(key) is { } text ? TextLibrary.FixMessageWhitespace(text) : null;
    }

    private static (string? Text, string Key) Resolve(ScribuntoEngine engine, MessageData data)
    {
        if (data.Raw is not null)
        {
            return (data.Raw, data.Raw);
        }

        foreach (var key in data.Keys)
        {
            if (Lookup(engine, key, data.Lang, data.UseDb) is { } text)
            {
                return (text, key);
            }
        }

        return (null, data.Keys.Count > 0 ? data.Keys[^1] : string.Empty);
    }

    private static int Plain(ScribuntoEngine engine, LuaState lua)
    {
        var data = Read(lua, 1);
        var (text, key) = Resolve(engine, data);
        if (text is null)
        {
            lua.PushString("⧼" + key + "⧽");
            return 1;
        }

        var language = Language.Get(data.Lang);
        var parameters = new List<string>();
        lua.RawGet(1, "params");
        if (lua.TypeAt(-1) == LuaNative.TypeTable)
        {
            var t = lua.Top;
            for (var i = 1; ; i++)
            {
                lua.RawGet(t, i);
                if (lua.TypeAt(-1) == LuaNative.TypeNil)
                {
                    lua.Pop(1);
                    break;
                }

                if (lua.TypeAt(-1) == LuaNative.TypeTable)
                {
                    lua.RawGet(-1, "num");
                    var num = lua.ToStringValue(-1);
                    lua.Pop(1);
                    lua.RawGet(-1, "raw");
                    var raw = lua.ToStringValue(-1);
                    lua.Pop(1);
                    parameters.Add(num is not null ? language.FormatNum(num) : raw ?? string.Empty);
                }
                else
                {
                    parameters.Add(lua.ToStringValue(-1) ?? string.Empty);
                }

                lua.Pop(1);
            }
        }

        lua.Pop(1);
        lua.PushString(Substitute(text, parameters));
        return 1;
    }

    private static string Substitute(string text, List<string> parameters)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var j = i + 1;
                var n = 0;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    n = (n * 10) + (text[j] - '0');
                    j++;
                }

                if (n >= 1 && n <= parameters.Count)
                {
                    sb.Append(parameters[n - 1]);
                    i = j - 1;
                    continue;
                }
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    private static int Check(ScribuntoEngine engine, LuaState lua)
    {
        var what = lua.ToStringValue(1);
        if (what is not ("exists" or "isBlank" or "isDisabled"))
        {
            throw new LuaScriptException("invalid what for 'messageCheck'");
        }

        var (text, _) = Resolve(engine, Read(lua, 2));
        lua.PushBoolean(what switch
        {
            "exists" => text is not null,
            "isBlank" => text is null || text.Length == 0,
            _ => text is null || text.Length == 0 || text == "-",
        });
        return 1;
    }
}

using System.Reflection;
using System.Text.Json;
using Athenaeum.Scribunto.Engine;
using Athenaeum.Scribunto.Interop;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>The host side of mw.text: separators, entities, strip markers, JSON.</summary>
internal static class TextLibrary
{
    private static readonly Lazy<Dictionary<string, string>> Entities = new(LoadEntities);

    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        table.Add("textOptions", (e, l) => Options(e, l));
        table.Add("getEntityTable", (_, l) => EntityTable(l));
        table.Add("unstrip", (e, l) => Unstrip(e, l, nowikiOnly: false));
        table.Add("unstripNoWiki", (e, l) => Unstrip(e, l, nowikiOnly: true));
        table.Add("killMarkers", (_, l) =>
        {
            l.PushString(StripState.KillMarkers(CheckStrictString(l, "killMarkers")));
            return 1;
        });
        table.Add("jsonEncode", (_, l) => JsonEncode(l));
        table.Add("jsonDecode", (_, l) => JsonDecode(l));
    }

    /// <summary>An interface message as MediaWiki's message cache gives it (its whitespace entities fixed).</summary>
    /// <param name="language">The language.</param>
    /// <param name="key">The message key.</param>
    /// <returns>The text.</returns>
    public static string MessageText(Language language, string key) => FixMessageWhitespace(language.GetMessage(key) ?? string.Empty);

    /// <summary>MessageCache::get's whitespace fix: &amp;#32; becomes a space, &amp;nbsp; and its numeric forms U+00A0.</summary>
    /// <param name="text">The message text.</param>
    /// <returns>The fixed text.</returns>
    public static string FixMessageWhitespace(string text) => text.Contains('&', StringComparison.Ordinal)
        ? text.Replace("&#32;", " ", StringComparison.Ordinal).Replace("&nbsp;", "\u00A0", StringComparison.Ordinal)
            .Replace("&#160;", "\u00A0", StringComparison.Ordinal).Replace("&#xA0;", "\u00A0", StringComparison.Ordinal)
        : text;

    private static int Options(ScribuntoEngine engine, LuaState lua)
    {
        var language = Language.Get(engine.Site.LanguageCode);
        lua.NewTable();
        lua.PushString(MessageText(language, "comma-separator"));
        lua.RawSet(-2, "comma");
        lua.PushString(MessageText(language, "and") + MessageText(language, "word-separator"));
        lua.RawSet(-2, "and");
        lua.PushString(MessageText(language, "ellipsis"));
        lua.RawSet(-2, "ellipsis");
        lua.NewTable();
        foreach (var protocol in UrlProtocols.Default)
        {
            if (!protocol.EndsWith(':'))
            {
                continue;
            }

            // a case-insensitive Lua pattern for the protocol name, escaping Lua's magic characters
            var pattern = new System.Text.StringBuilder("(");
            foreach (var c in protocol[..^1])
            {
                if (char.IsAsciiLetter(c))
                {
                    pattern.Append('[').Append(char.ToUpperInvariant(c)).Append(char.ToLowerInvariant(c)).Append(']');
                }
                else
                {
                    if ("()^$%.[]*+?-".Contains(c, StringComparison.Ordinal))
                    {
                        pattern.Append('%');
                    }

                    pattern.Append(c);
                }
            }

            lua.PushString(pattern.Append("):").ToString());
            lua.PushString("%1&#58;");
            lua.RawSetKeyValue(-3);
        }

        lua.RawSet(-2, "nowikiProtocols");
        return 1;
    }

    private static int EntityTable(LuaState lua)
    {
        var entities = Entities.Value;
        lua.NewTable(0, entities.Count);
        foreach (var (name, value) in entities)
        {
            lua.PushString(name);
            lua.PushString(value);
            lua.RawSetKeyValue(-3);
        }

        return 1;
    }

    private static string CheckStrictString(LuaState lua, string function)
        => lua.TypeAt(1) == LuaNative.TypeString ? lua.ToStringValue(1)! : throw LuaArgs.BadType(lua, 1, function, "string");

    private static int Unstrip(ScribuntoEngine engine, LuaState lua, bool nowikiOnly)
    {
        var text = CheckStrictString(lua, nowikiOnly ? "unstripNoWiki" : "unstrip");
        var strip = engine.Host.StripState;
        if (strip is not null)
        {
            text = strip.UnstripNoWiki(text);
        }

        lua.PushString(nowikiOnly ? text : StripState.KillMarkers(text));
        return 1;
    }

    private static int JsonEncode(LuaState lua)
    {
        var flags = (int)(LuaArgs.OptNumber(lua, 2, "mw.text.jsonEncode") ?? 0);
        lua.PushString(LuaJson.Encode(lua, 1, flags));
        return 1;
    }

    private static int JsonDecode(LuaState lua)
    {
        if (lua.TypeAt(1) != LuaNative.TypeString)
        {
            throw LuaArgs.BadType(lua, 1, "mw.text.jsonDecode", "string");
        }

        var json = lua.ToStringValue(1)!;
        var flags = (int)(LuaArgs.OptNumber(lua, 2, "mw.text.jsonDecode") ?? 0);
        var options = new JsonDocumentOptions
        {
            MaxDepth = 512,
            AllowTrailingCommas = (flags & 2) != 0,
        };
        try
        {
            using var document = JsonDocument.Parse(json, options);
            LuaJson.Push(lua, document.RootElement, preserveKeys: (flags & LuaJson.PreserveKeys) != 0);
        }
        catch (JsonException ex)
        {
            throw new LuaScriptException("mw.text.jsonDecode: Syntax error", ex);
        }

        return 1;
    }

    private static Dictionary<string, string> LoadEntities()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Athenaeum.Scribunto.Data.html5-entities.json")
            ?? throw new InvalidOperationException("html5-entities.json is not embedded");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}

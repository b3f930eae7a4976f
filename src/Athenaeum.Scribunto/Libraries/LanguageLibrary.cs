using System.Globalization;
using Athenaeum.Scribunto.Engine;
using Athenaeum.Scribunto.Interop;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>The host side of mw.language, over <see cref="Language"/> (Athenaeum.Wikitext.Globalization).</summary>
internal static class LanguageLibrary
{
    private static readonly (string Name, long Seconds)[] Intervals =
    [
        ("millennia", 1000L * 31556952), ("centuries", 100L * 31556952), ("decades", 10L * 31556952),
        ("years", 31556952), ("weeks", 604800), ("days", 86400), ("hours", 3600), ("minutes", 60), ("seconds", 1),
    ];

    private static readonly string[] DefaultIntervals = ["millennia", "centuries", "decades", "years", "days", "hours", "minutes", "seconds"];

    /// <summary>Every known code followed by its autonym, in ordinal code order (fixed data).</summary>
    private static readonly string[] SortedLanguageNames =
        [.. LanguageNames.KnownCodes.Order(StringComparer.Ordinal).SelectMany(code => new[] { code, LanguageNames.GetAutonym(code) })];

    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        table.Add("langContentCode", (e, l) =>
        {
            l.PushString(e.Site.LanguageCode);
            return 1;
        });
        table.Add("langIsSupported", (_, l) => Bool(l, Language.Get(StrictString(l, 1, "isSupportedLanguage")).HasData));
        table.Add("langIsKnownTag", (_, l) =>
        {
            var code = StrictString(l, 1, "isKnownLanguageTag");
            return Bool(l, IsValidCode(code) && LanguageNames.GetAutonym(code).Length > 0);
        });
        table.Add("langIsValidCode", (_, l) => Bool(l, IsValidCode(StrictString(l, 1, "isValidCode"))));
        table.Add("langIsValidBuiltInCode", (_, l) => Bool(l, Language.IsValidBuiltInCode(StrictString(l, 1, "isValidBuiltInCode"))));
        table.Add("langFetchName", (_, l) =>
        {
            var code = StrictString(l, 1, "fetchLanguageName");
            if (l.TypeAt(2) is not (LuaNative.TypeNil or LuaNative.TypeNone))
            {
                StrictString(l, 2, "fetchLanguageName");
            }

            // Without the CLDR extension (as the oracle wiki) every language is named by its autonym.
            l.PushString(LanguageNames.GetAutonym(code));
            return 1;
        });
        table.Add("langFetchNameList", (_, l) =>
        {
            // code, name, code, name… in code order: mw.language.lua builds the table (once per
            // page from this list, so that CS1, which asks for every name at every citation, does
            // not cross the bridge for them each time).
            l.NewTable(SortedLanguageNames.Length);
            for (var i = 0; i < SortedLanguageNames.Length; i++)
            {
                l.PushString(SortedLanguageNames[i]);
                l.RawSet(-2, i + 1);
            }

            return 1;
        });
        table.Add("langFallbacks", (_, l) =>
        {
            var code = StrictString(l, 1, "getFallbacksFor");
            l.NewTable();
            var i = 1;
            foreach (var fallback in Language.Get(code).Fallbacks)
            {
                l.PushString(fallback);
                l.RawSet(-2, i++);
            }

            return 1;
        });
        table.Add("langMethod", (e, l) => Method(e, l));
    }

    private static int Bool(LuaState lua, bool value)
    {
        lua.PushBoolean(value);
        return 1;
    }

    private static string StrictString(LuaState lua, int index, string function)
        => lua.TypeAt(index) == LuaNative.TypeString ? lua.ToStringValue(index)! : throw LuaArgs.BadType(lua, index, function, "string");

    /// <summary>MediaWiki's Language::isValidCode: no characters that would break a title or a path.</summary>
    private static bool IsValidCode(string code)
    {
        foreach (var c in code)
        {
            if (c is ':' or '/' or '\\' or '\0' or '&' or '<' or '>' or '\'' or '"' or '[' or ']' or '{' or '}' or '|' or '#' or '%' || c < 0x20 || c == 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static int Method(ScribuntoEngine engine, LuaState lua)
    {
        var name = lua.ToStringValue(1) ?? string.Empty;
        var code = lua.ToStringValue(2) ?? string.Empty;
        if (!IsValidCode(code))
        {
            throw new LuaScriptException("language code '" + code + "' is invalid");
        }

        var language = Language.Get(code);
        lua.Remove(1);
        lua.Remove(1);
        switch (name)
        {
            case "isRTL":
                lua.PushBoolean(language.IsRtl);
                return 1;
            case "toBcp47Code":
                lua.PushString(LanguageNames.ToBcp47(code));
                return 1;
            case "lc":
            case "uc":
            case "lcfirst":
            case "ucfirst":
            case "caseFold":
                {
                    var s = StrictString(lua, 1, name);
                    lua.PushString(name switch
                    {
                        "uc" => language.Uc(s),
                        "lcfirst" => language.LcFirst(s),
                        "ucfirst" => language.UcFirst(s),
                        _ => language.Lc(s),
                    });
                    return 1;
                }

            case "parseFormattedNumber":
                if (!lua.IsStringLike(1))
                {
                    return 0;
                }

                lua.PushString(language.ParseFormattedNumber(lua.ToStringValue(1)!));
                return 1;
            case "formatNum":
                return FormatNum(lua, language);
            case "formatDate":
                return FormatDate(engine, lua, code);
            case "convertPlural":
                {
                    var n = LuaArgs.CheckNumber(lua, 1, "convertPlural");
                    lua.PushString(language.ConvertPlural(LuaState.FormatNumber(n), Forms(lua, 2)));
                    return 1;
                }

            case "convertGrammar":
                lua.PushString(language.ConvertGrammar(StrictString(lua, 1, "convertGrammar"), StrictString(lua, 2, "convertGrammar")));
                return 1;
            case "gender":
                {
                    var who = StrictString(lua, 1, "gender").Trim();
                    var forms = Forms(lua, 2);
                    var gender = who is "male" or "female" ? who : "unknown";
                    lua.PushString(forms.Count switch
                    {
                        0 => string.Empty,
                        1 => forms[0],
                        _ => language.ConvertGender(gender, forms),
                    });
                    return 1;
                }

            case "formatDuration":
                return FormatDuration(lua, language);
            case "getDurationIntervals":
                {
                    var seconds = LuaArgs.CheckNumber(lua, 1, "getDurationIntervals");
                    lua.NewTable();
                    foreach (var (interval, count) in DurationIntervals(seconds, ChosenIntervals(lua, 2)))
                    {
                        lua.PushNumber(count);
                        lua.RawSet(-2, interval);
                    }

                    return 1;
                }

            default:
                throw new LuaScriptException("unknown language method " + name);
        }
    }

    private static List<string> Forms(LuaState lua, int first)
    {
        var forms = new List<string>();
        if (lua.TypeAt(first) == LuaNative.TypeTable)
        {
            for (var i = 1; ; i++)
            {
                lua.RawGet(first, i);
                var v = lua.ToStringValue(-1) ?? (lua.TypeAt(-1) == LuaNative.TypeBoolean ? (lua.ToBoolean(-1) ? "1" : string.Empty) : null);
                lua.Pop(1);
                if (v is null)
                {
                    break;
                }

                forms.Add(v);
            }

            return forms;
        }

        for (var i = first; i <= lua.Top; i++)
        {
            forms.Add(lua.ToStringValue(i) ?? string.Empty);
        }

        return forms;
    }

    private static int FormatNum(LuaState lua, Language language)
    {
        var n = LuaArgs.CheckNumber(lua, 1, "formatNum");
        if (double.IsInfinity(n))
        {
            throw new LuaScriptException("bad argument #1 to 'formatNum' (infinite)");
        }

        if (double.IsNaN(n))
        {
            throw new LuaScriptException("bad argument #1 to 'formatNum' (NaN)");
        }

        var noCommafy = false;
        if (lua.TypeAt(2) is not (LuaNative.TypeNil or LuaNative.TypeNone))
        {
            if (lua.TypeAt(2) != LuaNative.TypeTable)
            {
                throw LuaArgs.BadType(lua, 2, "formatNum", "table");
            }

            lua.RawGet(2, "noCommafy");
            noCommafy = lua.ToBoolean(-1);
            lua.Pop(1);
        }

        var text = LuaState.FormatNumber(n);
        lua.PushString(noCommafy ? language.FormatNumNoSeparators(text) : language.FormatNum(text));
        return 1;
    }

    private static int FormatDate(ScribuntoEngine engine, LuaState lua, string code)
    {
        var format = StrictString(lua, 1, "formatDate");
        var date = lua.TypeAt(2) is LuaNative.TypeNil or LuaNative.TypeNone ? string.Empty : StrictString(lua, 2, "formatDate");
        var local = false;
        if (lua.TypeAt(3) is not (LuaNative.TypeNil or LuaNative.TypeNone))
        {
            local = lua.TypeAt(3) == LuaNative.TypeBoolean ? lua.ToBoolean(3) : throw LuaArgs.BadType(lua, 3, "formatDate", "boolean");
        }

        if (date.Length == 4 && date.All(char.IsAsciiDigit))
        {
            // PHP's DateTime reads "XXXX" as a time of day
            date = "00:00 " + date;
        }

        if (!engine.Host.Pipeline.TryGetParserFunction("#time", out var time))
        {
            throw new LuaScriptException("mw.language:formatDate() needs the ParserFunctions extension");
        }

        var args = new List<ParserFunctionArgument>
        {
            new StringArgument(format, splittable: false),
            new StringArgument(date, splittable: false),
            new StringArgument(code, splittable: false),
            new StringArgument(local ? "1" : string.Empty, splittable: false),
        };
        var result = time.Invoke(engine.Host, args).Text;
        if (result.Contains("class=\"error\"", StringComparison.Ordinal))
        {
            throw new LuaScriptException("bad argument #2 to 'formatDate' (not a valid timestamp)");
        }

        lua.PushString(result);
        return 1;
    }

    private static List<string> ChosenIntervals(LuaState lua, int index)
    {
        var chosen = new List<string>();
        if (lua.TypeAt(index) == LuaNative.TypeTable)
        {
            var t = lua.ToAbsolute(index);
            lua.PushNil();
            while (lua.Next(t))
            {
                if (lua.ToStringValue(-1) is { } s)
                {
                    chosen.Add(s);
                }

                lua.Pop(1);
            }
        }

        return chosen.Count > 0 ? chosen : [.. DefaultIntervals];
    }

    private static List<(string Name, long Count)> DurationIntervals(double seconds, List<string> chosen)
    {
        var result = new List<(string, long)>();
        var remaining = (long)Math.Round(seconds);
        var smallest = Intervals.Where(i => chosen.Contains(i.Name)).Select(i => i.Name).LastOrDefault();
        foreach (var (name, length) in Intervals)
        {
            if (!chosen.Contains(name))
            {
                continue;
            }

            var count = remaining / length;
            if (count > 0 || (name == smallest && result.Count == 0))
            {
                result.Add((name, count));
                remaining -= count * length;
            }
        }

        return result;
    }

    private static int FormatDuration(LuaState lua, Language language)
    {
        var seconds = LuaArgs.CheckNumber(lua, 1, "formatDuration");
        var parts = new List<string>();
        foreach (var (name, count) in DurationIntervals(seconds, ChosenIntervals(lua, 2)))
        {
            var unit = name switch
            {
                "millennia" => count == 1 ? "millennium" : "millennia",
                "centuries" => count == 1 ? "century" : "centuries",
                _ => count == 1 ? name[..^1] : name,
            };
            parts.Add(language.FormatNum(count.ToString(CultureInfo.InvariantCulture)) + " " + unit);
        }

        var text = parts.Count <= 1
            ? string.Concat(parts)
            : string.Join(TextLibrary.MessageText(language, "comma-separator"), parts.Take(parts.Count - 1))
                + TextLibrary.MessageText(language, "and") + TextLibrary.MessageText(language, "word-separator") + parts[^1];
        lua.PushString(text);
        return 1;
    }
}

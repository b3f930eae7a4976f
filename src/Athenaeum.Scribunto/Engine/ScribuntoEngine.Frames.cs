using System.Globalization;
using Athenaeum.Scribunto.Interop;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Engine;

/// <summary>The frame functions behind mw.getCurrentFrame() (Scribunto's frame callbacks).</summary>
internal sealed partial class ScribuntoEngine
{
    private const int MaxFrames = 100;
    private Dictionary<string, IExpansionFrame> _frames = new(StringComparer.Ordinal);

    /// <summary>Registers the core host functions.</summary>
    /// <param name="table">The table to fill.</param>
    internal static void RegisterCoreFunctions(HostFunctionTable table)
    {
        table.Add("loadPackage", (e, l) => e.LoadPackage(l));
        table.Add("frameExists", (e, l) => e.FrameExists(l));
        table.Add("newChildFrame", (e, l) => e.NewChildFrame(l));
        table.Add("getExpandedArgument", (e, l) => e.GetExpandedArgument(l));
        table.Add("getAllExpandedArguments", (e, l) => e.GetAllExpandedArguments(l));
        table.Add("expandTemplate", (e, l) => e.ExpandTemplate(l));
        table.Add("callParserFunction", (e, l) => e.CallParserFunction(l));
        table.Add("preprocess", (e, l) => e.Preprocess(l));
        table.Add("getFrameTitle", (e, l) => e.GetFrameTitle(l));
        table.Add("incrementExpensiveFunctionCount", (e, _) => e.IncrementExpensiveFunctionCount());
        table.Add("isSubsting", (_, l) =>
        {
            l.PushBoolean(false);
            return 1;
        });
        table.Add("addWarning", (e, l) => e.AddWarning(l));
        table.Add("loadJsonData", (e, l) => e.LoadJsonData(l));
        table.Add("expr", (e, l) => e.Expr(l));
    }

    /// <summary>Counts an expensive call; raises "too many expensive function calls" past the limit.</summary>
    /// <returns>0 (no results).</returns>
    /// <exception cref="LuaScriptException">The limit is reached.</exception>
    internal int IncrementExpensiveFunctionCount()
    {
        if (!_host.TryIncrementExpensiveFunctionCount())
        {
            throw new LuaScriptException("too many expensive function calls");
        }

        return 0;
    }

    private Dictionary<string, IExpansionFrame> PushFrames(IExpansionFrame current, IExpansionFrame parent)
    {
        var saved = _frames;
        _frames = new(StringComparer.Ordinal) { ["current"] = current, ["parent"] = parent };
        return saved;
    }

    private void PopFrames(Dictionary<string, IExpansionFrame> saved) => _frames = saved;

    private IExpansionFrame GetFrame(LuaState lua, int index)
    {
        var id = lua.ToStringValue(index);
        if (string.Equals(id, "empty", StringComparison.Ordinal))
        {
            // MediaWiki's fresh frame: the page itself, no arguments.
            var f = _host.Frame;
            while (f.Parent is not null)
            {
                f = f.Parent;
            }

            return f;
        }

        if (id is not null && _frames.TryGetValue(id, out var frame))
        {
            return frame;
        }

        throw new LuaScriptException("invalid frame ID");
    }

    private int FrameExists(LuaState lua)
    {
        var id = lua.ToStringValue(1);
        lua.PushBoolean(id is not null && (_frames.ContainsKey(id) || string.Equals(id, "empty", StringComparison.Ordinal)));
        return 1;
    }

    private int NewChildFrame(LuaState lua)
    {
        if (_frames.Count > MaxFrames)
        {
            throw new LuaScriptException("newChild: too many frames");
        }

        var frame = GetFrame(lua, 1);
        PageTitle title;
        if (lua.TypeAt(2) == LuaNative.TypeBoolean && !lua.ToBoolean(2))
        {
            title = frame.Title;
        }
        else
        {
            title = Context.Titles.Parse(lua.ToStringValue(2)) ?? throw new LuaScriptException("newChild: invalid title");
        }

        var args = ToArgumentList(LuaArgs.ReadStringTable(lua, 3));
        var child = frame.NewChild(title, args);
        var id = "frame" + _frames.Count.ToString(CultureInfo.InvariantCulture);
        _frames[id] = child;
        lua.PushString(id);
        return 1;
    }

    private int GetExpandedArgument(LuaState lua)
    {
        var frame = GetFrame(lua, 1);
        var name = LuaArgs.CheckString(lua, 2, "getExpandedArgument");
        string value;
        bool found;
        lua.PauseTimer();
        try
        {
            found = frame.TryGetArgument(name, out value);
        }
        finally
        {
            lua.ResumeTimer();
        }

        if (!found)
        {
            return 0;
        }

        lua.PushString(value);
        return 1;
    }

    private int GetAllExpandedArguments(LuaState lua)
    {
        var frame = GetFrame(lua, 1);
        var names = frame.ArgumentNames;
        var values = new List<KeyValuePair<string, string>>(names.Count);
        lua.PauseTimer();
        try
        {
            foreach (var name in names)
            {
                if (frame.TryGetArgument(name, out var v))
                {
                    values.Add(new(name, v));
                }
            }
        }
        finally
        {
            lua.ResumeTimer();
        }

        lua.NewTable();
        foreach (var (name, v) in values)
        {
            LuaArgs.PushKey(lua, name);
            lua.PushString(v);
            lua.RawSetKeyValue(-3);
        }

        return 1;
    }

    private int ExpandTemplate(LuaState lua)
    {
        var frame = GetFrame(lua, 1);
        var titleText = LuaArgs.CheckString(lua, 2, "expandTemplate");
        var title = Context.Titles.Parse(titleText, StandardNamespaces.Template)
            ?? throw new LuaScriptException("expandTemplate: invalid title \"" + titleText + "\"");
        if (title.IsExternal)
        {
            throw new LuaScriptException("expandTemplate: template \"" + titleText + "\" does not exist");
        }

        var args = ToArgumentList(LuaArgs.ReadStringTable(lua, 3));
        lua.PushString(frame.ExpandTemplate(title, args));
        return 1;
    }

    private int Preprocess(LuaState lua)
    {
        var frame = GetFrame(lua, 1);
        var text = LuaArgs.CheckString(lua, 2, "preprocess");
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        lua.PushString(frame.Preprocess(text));
        return 1;
    }

    private int GetFrameTitle(LuaState lua)
    {
        lua.PushString(GetFrame(lua, 1).Title.PrefixedText);
        return 1;
    }

    private int AddWarning(LuaState lua)
    {
        var text = LuaArgs.CheckString(lua, 1, "addWarning");
        _host.Output.Warnings.Add("Script warning: " + text);
        return 0;
    }

    private static List<KeyValuePair<string, string>> ToArgumentList(List<(string Key, bool IsNumber, string Value)> table)
    {
        var list = new List<KeyValuePair<string, string>>(table.Count);
        foreach (var (key, _, value) in table)
        {
            list.Add(new(key, value));
        }

        return list;
    }
}

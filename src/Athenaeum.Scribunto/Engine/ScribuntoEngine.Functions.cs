using System.Text.Json;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Engine;

/// <summary>require(), frame:callParserFunction and mw.loadJsonData on the host side.</summary>
internal sealed partial class ScribuntoEngine
{
    /// <summary>
    /// loadPackage(name, fresh): a built-in Lua library, or the compiled chunk of the module page
    /// named by the title (main namespace by default, as MediaWiki's Title::newFromText), or nothing.
    /// </summary>
    private int LoadPackage(LuaState lua)
    {
        var name = LuaArgs.CheckString(lua, 1, "loadPackage");
        var fresh = lua.ToBoolean(2);
        if (Sandbox.TryPushBuiltinPackage(name, fresh))
        {
            return 1;
        }

        var title = Context.Titles.Parse(name);
        if (title is null || title.IsExternal || title.Namespace != StandardNamespaces.Module)
        {
            return 0;
        }

        var page = FetchModule(title);
        if (page is null)
        {
            return 0;
        }

        Sandbox.PushModuleChunk(title.PrefixedDbKey, page.Text, fresh);
        return 1;
    }

    /// <summary>
    /// callParserFunction(frameId, name, args) as Scribunto's: numeric keys first in order, then
    /// named ones sorted; "name:arg" puts arg first; at least one unnamed argument is required.
    /// </summary>
    private int CallParserFunction(LuaState lua)
    {
        var frame = GetFrame(lua, 1);
        var function = LuaArgs.CheckString(lua, 2, "callParserFunction");
        var table = LuaArgs.ReadStringTable(lua, 3);

        var numbered = new List<(double Index, string Value)>();
        var named = new List<(string Key, string Value)>();
        foreach (var (key, isNumber, value) in table)
        {
            if (isNumber && double.TryParse(key, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) && n == Math.Floor(n))
            {
                numbered.Add((n, value));
            }
            else
            {
                named.Add((key, value));
            }
        }

        numbered.Sort((a, b) => a.Index.CompareTo(b.Index));
        named.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var positional = numbered.ConvertAll(x => x.Value);
        var colon = function.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            positional.Insert(0, ParserFunctionArgument.Trim(function[(colon + 1)..]));
            function = function[..colon];
        }

        if (positional.Count == 0)
        {
            throw new LuaScriptException("callParserFunction: At least one unnamed parameter (the parameter that comes after the colon in wikitext) must be provided");
        }

        if (!_host.Pipeline.TryGetParserFunction(function, out var parserFunction))
        {
            throw new LuaScriptException("callParserFunction: function \"" + function + "\" was not found");
        }

        var args = new List<ParserFunctionArgument>(positional.Count + named.Count)
        {
            new StringArgument(ParserFunctionArgument.Trim(positional[0]), splittable: false),
        };
        for (var i = 1; i < positional.Count; i++)
        {
            args.Add(new StringArgument(positional[i], splittable: false));
        }

        foreach (var (key, value) in named)
        {
            args.Add(new StringArgument(key + "=" + value, splittable: true));
        }

        var result = parserFunction.Invoke(new FrameHost(_host, frame), args);
        if (!result.Found)
        {
            throw new LuaScriptException("callParserFunction: function \"" + function + "\" was not found");
        }

        var text = result.Text;
        if (!result.NoParse)
        {
            // expanded in a child frame whose arguments are the call's, numbered from 0 (Scribunto's newPartNodeArray)
            var childArgs = new List<KeyValuePair<string, string>>();
            for (var i = 0; i < positional.Count; i++)
            {
                childArgs.Add(new(i.ToString(System.Globalization.CultureInfo.InvariantCulture), positional[i]));
            }

            childArgs.AddRange(named.ConvertAll(x => new KeyValuePair<string, string>(x.Key, x.Value)));
            text = frame.NewChild(frame.Title, childArgs).Preprocess(text);
        }
        else if (result.NoWiki)
        {
            text = WikitextEscaper.Escape(text, Context.Options.EnableMagicLinks);
        }

        lua.PushString(text);
        return 1;
    }

    /// <summary>loadJsonData(title): a page of the JSON content model, decoded (arrays 1-based).</summary>
    private int LoadJsonData(LuaState lua)
    {
        IncrementExpensiveFunctionCount();
        var text = LuaArgs.CheckString(lua, 1, "mw.loadJsonData");
        var title = Context.Titles.Parse(text);
        var page = title is null ? null : Context.Pages.GetPage(title);
        if (title is not null)
        {
            _host.Output.Templates.Add(title);
        }

        if (page is null || !string.Equals(page.ContentModel, "json", StringComparison.OrdinalIgnoreCase))
        {
            throw new LuaScriptException("bad argument #1 to 'mw.loadJsonData' ('" + text + "' is not a valid JSON page)");
        }

        try
        {
            using var document = JsonDocument.Parse(page.Text, new JsonDocumentOptions { MaxDepth = 512 });
            LuaJson.Push(lua, document.RootElement);
        }
        catch (JsonException)
        {
            lua.PushNil();
        }

        return 1;
    }

    /// <summary>mw.ext.ParserFunctions.expr(expression): #expr's evaluator; its error messages become Lua errors.</summary>
    private int Expr(LuaState lua)
    {
        var expression = LuaArgs.CheckString(lua, 1, "mw.ext.ParserFunctions.expr");
        if (!_host.Pipeline.TryGetParserFunction("#expr", out var expr))
        {
            throw new LuaScriptException("mw.ext.ParserFunctions.expr: the ParserFunctions extension is not loaded");
        }

        var text = expr.Invoke(_host, [new StringArgument(expression, splittable: false)]).Text;
        const string ErrorStart = "<strong class=\"error\">";
        if (text.StartsWith(ErrorStart, StringComparison.Ordinal))
        {
            // ParserFunctions' ExprError carries its text only in its user-facing form: Scribunto's message is empty
            throw new LuaScriptException(string.Empty);
        }

        lua.PushString(text);
        return 1;
    }

    /// <summary>The render seen from a given frame, for parser functions a script calls.</summary>
    private sealed class FrameHost(IParserFunctionHost inner, IExpansionFrame frame) : IParserFunctionHost
    {
        public ParserContext Context => inner.Context;

        public ParserOutput Output => inner.Output;

        public IExpansionFrame Frame => frame;

        public WikitextPipeline Pipeline => inner.Pipeline;

        public bool TryIncrementExpensiveFunctionCount() => inner.TryIncrementExpensiveFunctionCount();

        public void AddTrackingCategory(string messageKey) => inner.AddTrackingCategory(messageKey);

        public T GetExtensionState<T>(Func<T> create)
            where T : class => inner.GetExtensionState(create);

        public void AddExistenceDependency(PageTitle title) => inner.AddExistenceDependency(title);

        public Wikitext.Parsing.StripState? StripState => inner.StripState;
    }
}

using System.Text;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// Runs Lua modules for one render, as Scribunto's per-parser engine: it holds a
/// <see cref="LuaSandbox"/> (leased from the pool) for the render's whole life, so that
/// mw.loadData caches and the CPU and memory limits are per page, and returns it when disposed.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class ScribuntoEngine : IDisposable
{
    private readonly LuaSandboxPool _pool;
    private readonly Dictionary<PageTitle, WikiPage?> _modules = [];
    private IParserFunctionHost _host;
    private LuaSandbox? _sandbox;
    private readonly Dictionary<string, WikiPage?> _expensive = new(StringComparer.Ordinal);
    private int _errorCount;
    private int _invokeDepth;

    /// <summary>Initializes a new instance of the <see cref="ScribuntoEngine"/> class.</summary>
    /// <param name="host">The render.</param>
    /// <param name="pool">Where the Lua state comes from.</param>
    public ScribuntoEngine(IParserFunctionHost host, LuaSandboxPool pool)
    {
        _host = host;
        _pool = pool;
        Options = pool.Options;
    }

    /// <summary>Gets the engine options.</summary>
    public ScribuntoOptions Options { get; }

    /// <summary>Gets the render's host as of the current call.</summary>
    public IParserFunctionHost Host => _host;

    /// <summary>Gets the render's context.</summary>
    public ParserContext Context => _host.Context;

    /// <summary>Gets the site.</summary>
    public SiteConfiguration Site => _host.Context.Site;

    /// <summary>Gets the Lua sandbox (created on first use).</summary>
    public LuaSandbox Sandbox
    {
        get
        {
            if (_sandbox is null)
            {
                var options = Context.Options;
                var sandbox = _pool.Lease(options.LuaMemoryLimit, options.LuaCpuLimit);
                try
                {
                    sandbox.BeginPage(this, options.LuaCpuLimit, options.LuaMemoryLimit, Context.Clock.GetUtcNow());
                }
                catch
                {
                    _pool.Discard(sandbox);
                    throw;
                }

                _sandbox = sandbox;
            }

            return _sandbox;
        }
    }

    /// <summary>
    /// Runs <c>{{#invoke:}}</c>: loads the module, calls the function with a frame, returns the
    /// text, or the error marker HTML when the script fails.
    /// </summary>
    /// <param name="host">The render as of this call (its frame is the invoke's parent).</param>
    /// <param name="moduleName">The module name as written (without "Module:").</param>
    /// <param name="functionName">The function name.</param>
    /// <param name="frame">The invoke's frame (title = the module, the call's arguments).</param>
    /// <returns>The output wikitext.</returns>
    public string Invoke(IParserFunctionHost host, string moduleName, string functionName, Func<PageTitle, IExpansionFrame> frame)
    {
        var saved = _host;
        _host = host;
        try
        {
            var title = Context.Titles.MakeTitle(StandardNamespaces.Module, moduleName);
            var page = title is null ? null : FetchModule(title);
            if (title is null || page is null)
            {
                return ReportError(new ScriptError("scribunto-common-nosuchmodule", "Script error: No such module \"" + moduleName + "\"."));
            }

            return RunInvoke(title, page, functionName, frame(title));
        }
        finally
        {
            _host = saved;
        }
    }

    /// <summary>The error for an #invoke without a function name.</summary>
    /// <param name="host">The render as of this call.</param>
    /// <returns>The error marker.</returns>
    public string NoFunctionError(IParserFunctionHost host)
    {
        var saved = _host;
        _host = host;
        try
        {
            return ReportError(new ScriptError("scribunto-common-nofunction", "Script error: You must specify a function to call."));
        }
        finally
        {
            _host = saved;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_sandbox is null)
        {
            return;
        }

        var sandbox = _sandbox;
        _sandbox = null;
        if (_invokeDepth == 0)
        {
            var lua = sandbox.Lua;
            _host.Output.LimitReport["scribunto-limitreport-timeusage"] = (long)lua.CpuUsed.TotalMilliseconds;
            _host.Output.LimitReport["scribunto-limitreport-memusage"] = Math.Max(0, lua.PeakMemory - sandbox.BaselineMemory);
        }

        sandbox.EndPage();
        _pool.Return(sandbox);
    }

    /// <summary>Gets the categories whose size a script asked for (each counts once as expensive).</summary>
    internal HashSet<string> CountedCategories { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Looks a title up for mw.title's expensive fields (existence, id, redirect, content model):
    /// once per title and render, counted as an expensive call and recorded as a link, except for
    /// the page itself (Scribunto's getExpensiveData).
    /// </summary>
    /// <param name="title">The title.</param>
    /// <returns>The page, or <see langword="null"/> when it does not exist.</returns>
    internal WikiPage? ExpensiveLookup(PageTitle title)
    {
        var t = title.WithoutFragment;
        var key = t.ToString();
        if (_expensive.TryGetValue(key, out var page))
        {
            return page;
        }

        if (t != Context.Title.WithoutFragment)
        {
            IncrementExpensiveFunctionCount();
            if (!t.IsExternal)
            {
                _host.Output.Links.Add(t);
            }
        }

        page = t.IsExternal || t.Namespace < 0 ? null : Context.Pages.GetPage(t);
        _expensive[key] = page;
        return page;
    }

    /// <summary>Reads a module page (cached per render) and records it as a template of the page.</summary>
    /// <param name="title">The module's title.</param>
    /// <returns>The page, or <see langword="null"/> when it does not exist or is not a Lua module.</returns>
    internal WikiPage? FetchModule(PageTitle title)
    {
        if (_modules.TryGetValue(title, out var cached))
        {
            return cached;
        }

        _host.Output.Templates.Add(title);
        var page = Context.Pages.GetPage(title);
        if (page is not null && !IsScribuntoContent(page))
        {
            page = null;
        }

        _modules[title] = page;
        return page;
    }

    private static bool IsScribuntoContent(WikiPage page)
    {
        if (string.Equals(page.ContentModel, "Scribunto", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A page of the Module namespace without a declared model is Lua, except documentation subpages.
        return page.ContentModel.Length == 0 && page.Title.Namespace == StandardNamespaces.Module
            && !page.Title.Text.EndsWith("/doc", StringComparison.Ordinal);
    }

    private string RunInvoke(PageTitle title, WikiPage page, string functionName, IExpansionFrame frame)
    {
        var sandbox = Sandbox;
        var lua = sandbox.Lua;
        var top = lua.Top;
        var frames = PushFrames(frame, _host.Frame);
        _invokeDepth++;
        try
        {
            sandbox.PushPage();
            lua.RawGet(-1, "invoke");
            lua.Remove(-2);
            try
            {
                sandbox.PushModuleChunk(title.PrefixedDbKey, page.Text, fresh: false);
            }
            catch (LuaScriptException ex)
            {
                lua.SetTop(top);
                return ReportError(ScriptError.FromLuaMessage(ex.LuaMessage));
            }

            lua.PushString(functionName);
            lua.PushString(title.PrefixedText);
            lua.PushBoolean(_invokeDepth == 1);
            var status = lua.Call(4, 2);
            if (status != LuaCallStatus.Ok)
            {
                var error = ScriptError.FromStatus(status, lua);
                lua.SetTop(top);
                return ReportError(error);
            }

            var code = lua.ToStringValue(-2);
            var result = lua.ToStringValue(-1) ?? string.Empty;
            lua.SetTop(top);
            return code switch
            {
                "ok" => CleanUp(result),
                "notarray" => ReportError(new ScriptError("scribunto-lua-notarrayreturn", "Script error: The module returned a " + result + " value. It is supposed to return an export table.")),
                "nosuchfunction" => ReportError(new ScriptError("scribunto-common-nosuchfunction", "Script error: The function \"" + functionName + "\" does not exist.")),
                _ => ReportError(new ScriptError("scribunto-common-notafunction", "Script error: \"" + functionName + "\" is not a function.")),
            };
        }
        finally
        {
            _invokeDepth--;
            PopFrames(frames);
        }
    }

    /// <summary>As MediaWiki's UtfNormal cleanUp of the result: NFC (invalid UTF-8 is already U+FFFD).</summary>
    private static string CleanUp(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Renders a script error as MediaWiki does and records it on the page.</summary>
    private string ReportError(ScriptError error)
    {
        var output = _host.Output;
        if (_errorCount == 0)
        {
            _host.AddTrackingCategory("scribunto-common-error-category");
        }

        var id = "mw-scribunto-error-" + _errorCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _errorCount++;
        output.ScriptErrors.Add(error.Message);
        return "<strong class=\"error\"><span class=\"scribunto-error\" id=\"" + id + "\">" + Sanitizer.HtmlSpecialChars(error.Message) + "</span></strong>";
    }
}

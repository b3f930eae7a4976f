using Athenaeum.Scribunto.Engine;
using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Scribunto;

/// <summary>
/// <c>{{#invoke:Module|function|args…}}</c>: runs a function of a Lua module page (namespace 828)
/// and returns its output as wikitext, or MediaWiki's "Script error" marker.
/// </summary>
/// <remarks>Stateless and thread-safe: the Lua engine of a render lives in the render's extension state.</remarks>
internal sealed class InvokeFunction : IParserFunction
{
    private readonly LuaSandboxPool _pool;

    /// <summary>Initializes a new instance of the <see cref="InvokeFunction"/> class.</summary>
    /// <param name="pool">The Lua state pool.</param>
    public InvokeFunction(LuaSandboxPool pool)
    {
        _pool = pool;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#invoke"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(args);
        var engine = host.GetExtensionState(() => new ScribuntoEngine(host, _pool));
        if (args.Count < 2)
        {
            return engine.NoFunctionError(host);
        }

        var moduleName = ParserFunctionArgument.Trim(args[0].Expand());
        var functionArg = args[1];
        var functionName = functionArg.ExpandTrimmed();

        // The invoke's frame: the arguments after the function name, expanded when a script reads
        // them; positional ones numbered from 1 unless the function name was itself "name=value".
        var indexOffset = functionArg.TrySplit(out _, out _) ? 0 : 1;
        var rest = args.Skip(2).ToList();
        return engine.Invoke(host, moduleName, functionName, title => host.NewChildFrame(title, rest, indexOffset));
    }
}

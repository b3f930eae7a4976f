using Athenaeum.Scribunto.Engine;
using Athenaeum.Wikitext;

namespace Athenaeum.Scribunto;

/// <summary>
/// The Scribunto extension: Lua modules through <c>{{#invoke:}}</c>, with MediaWiki's sandboxed
/// Lua 5.1 environment and <c>mw</c> libraries. Register it with
/// <see cref="ScribuntoPipelineBuilderExtensions.UseScribunto"/>.
/// </summary>
/// <remarks>Thread-safe; its pool of Lua states is shared by every render of the pipeline.</remarks>
public sealed class ScribuntoExtension : IWikitextExtension, IDisposable
{
    private readonly LuaSandboxPool _pool;

    /// <summary>Initializes a new instance of the <see cref="ScribuntoExtension"/> class.</summary>
    /// <param name="options">The engine options, or <see langword="null"/> for the defaults.</param>
    public ScribuntoExtension(ScribuntoOptions? options = null)
    {
        Options = options ?? new ScribuntoOptions();
        _pool = new LuaSandboxPool(Options);
    }

    /// <summary>Gets the engine options.</summary>
    public ScribuntoOptions Options { get; }

    /// <summary>Gets how many Lua states the extension created so far.</summary>
    public int StatesCreated => _pool.Created;

    /// <summary>Gets how many times module source was compiled so far (for measurements and tests).</summary>
    internal int ModulesCompiled => _pool.Chunks.Compiled;

    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.ParserFunctions.Add(new InvokeFunction(_pool));
        pipeline.TrackingCategories["scribunto-common-error-category"] = "Pages with script errors";
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }

    /// <summary>Closes the idle Lua states.</summary>
    public void Dispose() => _pool.Dispose();
}

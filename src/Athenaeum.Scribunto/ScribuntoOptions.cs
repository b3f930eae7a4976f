namespace Athenaeum.Scribunto;

/// <summary>Settings of the Lua engine behind <c>{{#invoke:}}</c>. The CPU and memory limits are per page and come from <see cref="Wikitext.ParserOptions"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScribuntoOptions
{
    /// <summary>
    /// Gets a value indicating whether Lua states are reused across renders (their compiled modules
    /// kept, their page environments rebuilt). When <see langword="false"/>, every render creates
    /// and closes its own state.
    /// </summary>
    public bool PoolStates { get; init; } = true;

    /// <summary>Gets the most idle states the pool keeps (0 = twice the processor count).</summary>
    public int MaxPooledStates { get; init; }

    /// <summary>Gets how many renders one state serves before it is replaced by a fresh one.</summary>
    public int MaxPagesPerState { get; init; } = 2000;

    /// <summary>
    /// Gets a value indicating whether modules may call <c>loadstring</c> (source text only, never
    /// bytecode). Off by default: MediaWiki's LuaSandbox engine has no loadstring.
    /// </summary>
    public bool AllowLoadString { get; init; }
}

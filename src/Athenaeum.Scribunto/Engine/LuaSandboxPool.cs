using System.Collections.Concurrent;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// Lends prepared Lua states to renders. A state keeps its compiled libraries and module chunks
/// between renders, which is what makes reuse cheaper than a new state; everything a page's
/// scripts create is dropped when the render ends (see <see cref="LuaSandbox.BeginPage"/>).
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class LuaSandboxPool : IDisposable
{
    private readonly ConcurrentBag<LuaSandbox> _idle = [];
    private readonly int _max;
    private int _idleCount;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="LuaSandboxPool"/> class.</summary>
    /// <param name="options">The engine options.</param>
    public LuaSandboxPool(ScribuntoOptions options)
    {
        Options = options;
        _max = options.MaxPooledStates > 0 ? options.MaxPooledStates : Environment.ProcessorCount * 2;
    }

    /// <summary>Gets the engine options.</summary>
    public ScribuntoOptions Options { get; }

    /// <summary>Gets the module bytecode the pool's states share.</summary>
    public ModuleChunkCache Chunks { get; } = new();

    /// <summary>Gets how many states were created (for measurements and tests).</summary>
    public int Created => _created;

    private int _created;

    /// <summary>Takes an idle state or creates one.</summary>
    /// <param name="memoryLimit">The page memory limit in bytes.</param>
    /// <param name="cpuLimit">The page CPU limit.</param>
    /// <returns>The state; give it back with <see cref="Return"/>.</returns>
    public LuaSandbox Lease(long memoryLimit, TimeSpan cpuLimit)
    {
        if (Options.PoolStates && _idle.TryTake(out var sandbox))
        {
            Interlocked.Decrement(ref _idleCount);
            return sandbox;
        }

        Interlocked.Increment(ref _created);
        return new LuaSandbox(Options, memoryLimit, cpuLimit, Chunks);
    }

    /// <summary>Gives a state back after a render (or closes it when it should not be reused).</summary>
    /// <param name="sandbox">The state.</param>
    public void Return(LuaSandbox sandbox)
    {
        if (Options.PoolStates && sandbox.Lua.MemoryUsed > LuaSandbox.SetupAllowance)
        {
            // pages no longer end with a full collection: part of this may be garbage
            sandbox.Lua.CollectGarbage();
        }

        if (!Options.PoolStates || _disposed || sandbox.PagesServed >= Options.MaxPagesPerState
            || sandbox.Lua.MemoryUsed > LuaSandbox.SetupAllowance)
        {
            sandbox.Dispose();
            return;
        }

        if (Interlocked.Increment(ref _idleCount) > _max)
        {
            Interlocked.Decrement(ref _idleCount);
            sandbox.Dispose();
            return;
        }

        _idle.Add(sandbox);
    }

    /// <summary>Closes a state that failed to start a page.</summary>
    /// <param name="sandbox">The state.</param>
    public void Discard(LuaSandbox sandbox) => sandbox.Dispose();

    /// <inheritdoc/>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var sandbox))
        {
            sandbox.Dispose();
        }
    }
}

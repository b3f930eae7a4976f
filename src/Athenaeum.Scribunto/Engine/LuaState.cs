using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Athenaeum.Scribunto.Interop;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// One Lua 5.1 state created through the native shim, with its memory and CPU limits, host
/// callbacks and helpers that only use the Lua API functions that cannot raise while the host runs.
/// </summary>
/// <remarks>Not thread-safe: one thread at a time (a render, or the pool handing it over).</remarks>
internal sealed unsafe partial class LuaState : IDisposable
{
    private readonly List<LuaHostFunction> _callbacks = [];
    private GCHandle _self;
    private nint _l;

    /// <summary>Initializes a new instance of the <see cref="LuaState"/> class.</summary>
    /// <param name="memoryLimit">The memory limit in bytes.</param>
    /// <param name="cpuLimit">The CPU time limit.</param>
    /// <exception cref="InvalidOperationException">The native state could not be created.</exception>
    public LuaState(long memoryLimit, TimeSpan cpuLimit)
    {
        LuaNative.EnsureLoaded();
        UnicodeTables.EnsureInstalled();
        _l = LuaNative.athen_newstate((nuint)memoryLimit, cpuLimit.TotalSeconds);
        if (_l == 0)
        {
            throw new InvalidOperationException("Could not create a Lua state (out of memory?)");
        }

        _self = GCHandle.Alloc(this, GCHandleType.Normal);
        LuaNative.athen_set_dispatcher(_l, &Dispatch, GCHandle.ToIntPtr(_self));
    }

    /// <summary>Gets or sets an exception a callback raised that must end the whole render (cancellation).</summary>
    public System.Runtime.ExceptionServices.ExceptionDispatchInfo? PendingException { get; set; }

    /// <summary>Gets the native state pointer.</summary>
    public nint Handle => _l;

    /// <summary>Gets or sets what the callbacks serve (the engine of the current render).</summary>
    public object? Owner { get; set; }

    /// <summary>Gets the index of the top of the stack (the number of values on it).</summary>
    public int Top => LuaNative.lua_gettop(_l);

    /// <summary>Gets the memory Lua uses now, in bytes.</summary>
    public long MemoryUsed => (long)LuaNative.athen_mem_used(_l);

    /// <summary>Gets the most memory Lua used since the last <see cref="ResetUsage"/>, in bytes.</summary>
    public long PeakMemory => (long)LuaNative.athen_mem_peak(_l);

    /// <summary>Gets the CPU time Lua used since the last <see cref="ResetUsage"/>.</summary>
    public TimeSpan CpuUsed => TimeSpan.FromSeconds(LuaNative.athen_cpu_used(_l));

    /// <summary>Registers a host callback; push it with <see cref="PushCallback"/>.</summary>
    /// <param name="function">The callback.</param>
    /// <returns>Its id.</returns>
    public int RegisterCallback(LuaHostFunction function)
    {
        _callbacks.Add(function);
        return _callbacks.Count - 1;
    }

    /// <summary>Pushes a Lua function that calls the host callback <paramref name="id"/>.</summary>
    /// <param name="id">The id from <see cref="RegisterCallback"/>.</param>
    public void PushCallback(int id) => LuaNative.athen_push_callback(_l, id);

    /// <summary>Starts a new accounting period (a render): CPU time, peak memory, limits.</summary>
    /// <param name="cpuLimit">The CPU time limit.</param>
    /// <param name="memoryLimit">The memory limit in bytes.</param>
    public void ResetUsage(TimeSpan cpuLimit, long memoryLimit)
        => LuaNative.athen_reset_usage(_l, cpuLimit.TotalSeconds, (nuint)memoryLimit);

    /// <summary>Stops counting CPU time (while the host expands arguments, as Scribunto does).</summary>
    public void PauseTimer() => LuaNative.athen_timer_pause(_l);

    /// <summary>Counts CPU time again after <see cref="PauseTimer"/>.</summary>
    public void ResumeTimer() => LuaNative.athen_timer_resume(_l);

    /// <summary>Sets the clock os.time() and os.date() read (seconds since 1970, UTC).</summary>
    /// <param name="now">The render's current time.</param>
    public void SetClock(DateTimeOffset now) => LuaNative.athen_set_now(_l, now.ToUnixTimeSeconds());

    /// <summary>Runs a full garbage collection.</summary>
    public void CollectGarbage() => LuaNative.lua_gc(_l, LuaNative.GcCollect, 0);

    /// <summary>Compiles a chunk and pushes the function (or the error message).</summary>
    /// <param name="source">The source text (or bytecode when <paramref name="allowBinary"/>).</param>
    /// <param name="chunkName">The chunk name ("=Module:Foo" for a name printed as is).</param>
    /// <param name="allowBinary">Whether bytecode is accepted (only bytecode the host dumped itself).</param>
    /// <returns>Whether it compiled.</returns>
    public bool Load(ReadOnlySpan<byte> source, string chunkName, bool allowBinary = false)
    {
        var nameBytes = Encoding.UTF8.GetBytes(chunkName + "\0");
        fixed (byte* src = source)
        fixed (byte* name = nameBytes)
        {
            return LuaNative.athen_load(_l, src, (nuint)source.Length, name, allowBinary ? 1 : 0) == 0;
        }
    }

    /// <summary>Dumps the Lua function on top of the stack as bytecode (leaves it there).</summary>
    /// <returns>The bytecode, or <see langword="null"/> when it cannot be dumped.</returns>
    public byte[]? Dump()
    {
        var data = LuaNative.athen_dump(_l, out var size);
        if (data is null)
        {
            return null;
        }

        try
        {
            return new ReadOnlySpan<byte>(data, checked((int)size)).ToArray();
        }
        finally
        {
            LuaNative.athen_free(data);
        }
    }

    /// <summary>
    /// Calls the function below <paramref name="nargs"/> arguments in protected mode with the
    /// limits on. On failure the error value is left on the stack.
    /// </summary>
    /// <param name="nargs">The number of arguments.</param>
    /// <param name="nresults">The number of results, or <see cref="LuaNative.LuaMultRet"/>.</param>
    /// <returns>The outcome.</returns>
    public LuaCallStatus Call(int nargs, int nresults)
    {
        var status = LuaNative.athen_pcall(_l, nargs, nresults);
        if (status == 0)
        {
            return LuaCallStatus.Ok;
        }

        if (PendingException is { } pending && LuaNative.athen_fatal(_l) == 3)
        {
            PendingException = null;
            pending.Throw();
        }

        return LuaNative.athen_fatal(_l) switch
        {
            1 => LuaCallStatus.Timeout,
            2 => LuaCallStatus.OutOfMemory,
            _ => LuaCallStatus.Error,
        };
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_l != 0)
        {
            LuaNative.athen_close(_l);
            _l = 0;
        }

        if (_self.IsAllocated)
        {
            _self.Free();
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Dispatch(nint l, int id)
    {
        // Nothing may escape this frame: an exception crossing into C would crash the process.
        LuaState? state = null;
        try
        {
            state = (LuaState)GCHandle.FromIntPtr(LuaNative.athen_get_host(l)).Target!;
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                state.PushString("C stack overflow");
                return -1;
            }

            return state._callbacks[id](state);
        }
        catch (LuaTimeoutException)
        {
            return -2;
        }
        catch (LuaScriptException ex)
        {
            state?.PushString(ex.LuaMessage);
            return -1;
        }
        catch (Athenaeum.Wikitext.Expansion.ExpansionException ex)
        {
            // the preprocessor's frame errors carry Scribunto's own messages
            state?.PushString(ex.Message);
            return -1;
        }
        catch (OperationCanceledException ex) when (state is not null)
        {
            // the render is cancelled: unwind Lua (uncatchable), then rethrow in the host
            state.PendingException = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
            return -3;
        }
        catch (Exception ex)
        {
            // A bug in a host callback: report it to the script as an error, never crash the render.
            state?.PushString("internal error in host function: " + ex.GetType().Name + ": " + ex.Message);
            return state is null ? -2 : -1;
        }
    }
}

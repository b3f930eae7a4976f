using System.Reflection;
using Athenaeum.Scribunto.Interop;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// A Lua state prepared for Scribunto: the native limits, the host functions, Athenaeum's Lua
/// libraries compiled once, and a cache of compiled module chunks. It lives across renders when
/// pooled; each render starts a fresh page environment (<see cref="BeginPage"/>), so nothing a
/// module creates survives into the next render.
/// </summary>
/// <remarks>Not thread-safe: one render at a time.</remarks>
internal sealed partial class LuaSandbox : IDisposable
{
    private const string EngineKey = "athenaeum.engine";
    private const string PageKey = "athenaeum.page";
    private const string LibsKey = "athenaeum.libs";
    private const string ChunksKey = "athenaeum.chunks";
    private const string ResourcePrefix = "Athenaeum.Scribunto.Lua.";

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> LibrarySources = new(ReadLibrarySources);

    private readonly Dictionary<string, string> _chunkTexts = new(StringComparer.Ordinal);
    private readonly ModuleChunkCache _sharedChunks;
    private long _baselineMemory;

    /// <summary>Initializes a new instance of the <see cref="LuaSandbox"/> class.</summary>
    /// <param name="options">The engine options.</param>
    /// <param name="memoryLimit">The per-page memory limit in bytes.</param>
    /// <param name="cpuLimit">The per-page CPU time limit.</param>
    /// <param name="sharedChunks">The module bytecode shared with the pool's other states.</param>
    /// <exception cref="InvalidOperationException">The environment could not be set up (a bug).</exception>
    public LuaSandbox(ScribuntoOptions options, long memoryLimit, TimeSpan cpuLimit, ModuleChunkCache sharedChunks)
    {
        _sharedChunks = sharedChunks;
        Lua = new LuaState(memoryLimit + SetupAllowance, cpuLimit);
        try
        {
            Setup(options);
        }
        catch
        {
            Lua.Dispose();
            throw;
        }
    }

    /// <summary>Gets the memory the environment itself may use on top of the page's limit.</summary>
    public static long SetupAllowance => 64L * 1024 * 1024;

    /// <summary>
    /// Gets the memory in use above which a page starts with a full collection (half the allowance,
    /// so that a pooled state is not closed for garbage it could free).
    /// </summary>
    public static long FullCollectionThreshold => SetupAllowance / 2;

    /// <summary>Gets the Lua state.</summary>
    public LuaState Lua { get; }

    /// <summary>Gets how many renders this sandbox has served.</summary>
    public int PagesServed { get; private set; }

    /// <summary>Gets the memory in use when the current page started (bytes).</summary>
    public long BaselineMemory => _baselineMemory;

    /// <summary>Starts a page: a fresh environment, the limits reset, the engine as callback owner.</summary>
    /// <param name="engine">The render's engine.</param>
    /// <param name="cpuLimit">The CPU time limit of the page.</param>
    /// <param name="memoryLimit">The memory limit of the page in bytes.</param>
    /// <param name="now">The render's clock.</param>
    /// <exception cref="InvalidOperationException">The page environment could not be created.</exception>
    public void BeginPage(ScribuntoEngine engine, TimeSpan cpuLimit, long memoryLimit, DateTimeOffset now)
    {
        var lua = Lua;
        lua.Owner = engine;
        // No full collection per page: it marks everything the state keeps (libraries, compiled
        // modules) and sweeps every object, which was a third of a small page's render on fatwiki.
        // The incremental collector frees the previous page's garbage while this page allocates;
        // the garbage still standing counts in the baseline, so the page keeps its whole limit.
        if (PagesServed > 0 && lua.MemoryUsed > FullCollectionThreshold)
        {
            lua.CollectGarbage();
        }

        _baselineMemory = lua.MemoryUsed;
        lua.ResetUsage(cpuLimit, _baselineMemory + memoryLimit);
        lua.SetClock(now);
        lua.SetTop(0);
        lua.RawGet(LuaNative.LuaRegistryIndex, EngineKey);
        lua.RawGet(-1, "newPage");
        lua.Remove(-2);
        var status = lua.Call(0, 1);
        if (status != LuaCallStatus.Ok)
        {
            var message = lua.ToStringValue(-1) ?? "unknown error";
            lua.SetTop(0);
            throw new InvalidOperationException("Could not create the Lua page environment: " + message);
        }

        lua.RawSet(LuaNative.LuaRegistryIndex, PageKey);
        PagesServed++;
    }

    /// <summary>Ends the page: its environment becomes garbage and the callbacks serve nobody.</summary>
    public void EndPage()
    {
        Lua.SetTop(0);
        Lua.PushNil();
        Lua.RawSet(LuaNative.LuaRegistryIndex, PageKey);
        Lua.Owner = null;
    }

    /// <summary>Pushes the current page table.</summary>
    public void PushPage() => Lua.RawGet(LuaNative.LuaRegistryIndex, PageKey);

    /// <summary>Pushes a compiled built-in Lua library by require name ("strict", "bit32"), if there is one.</summary>
    /// <param name="name">The name given to require.</param>
    /// <param name="fresh">Whether to compile a new copy instead of the cached function.</param>
    /// <returns>Whether one was pushed.</returns>
    public bool TryPushBuiltinPackage(string name, bool fresh)
    {
        var file = name.Replace('.', '/') + ".lua";
        if (!BuiltinPackages.Contains(file) || !LibrarySources.Value.TryGetValue(file, out var source))
        {
            return false;
        }

        if (!fresh)
        {
            Lua.RawGet(LuaNative.LuaRegistryIndex, LibsKey);
            Lua.RawGet(-1, file);
            Lua.Remove(-2);
            return true;
        }

        if (!Lua.Load(source, "@" + file))
        {
            throw new LuaScriptException(Lua.ToStringValue(-1) ?? "cannot load " + file);
        }

        return true;
    }

    /// <summary>
    /// Pushes the compiled chunk of a module page, compiling it when the text changed or when a
    /// fresh copy is needed (the cached one is running in another environment).
    /// </summary>
    /// <param name="chunkName">The chunk name (the title's prefixed DB key).</param>
    /// <param name="text">The module's source text.</param>
    /// <param name="fresh">Whether to load a new copy that is not cached.</param>
    /// <exception cref="LuaScriptException">The module does not compile (the Lua syntax error).</exception>
    public void PushModuleChunk(string chunkName, string text, bool fresh)
    {
        var lua = Lua;
        if (!fresh && _chunkTexts.TryGetValue(chunkName, out var cachedText) && string.Equals(cachedText, text, StringComparison.Ordinal))
        {
            lua.RawGet(LuaNative.LuaRegistryIndex, ChunksKey);
            lua.RawGet(-1, chunkName);
            lua.Remove(-2);
            if (lua.TypeAt(-1) == LuaNative.TypeFunction)
            {
                return;
            }

            lua.Pop(1);
        }

        LoadModuleChunk(chunkName, text);

        if (fresh)
        {
            return;
        }

        lua.RawGet(LuaNative.LuaRegistryIndex, ChunksKey);
        lua.PushValue(-2);
        lua.RawSet(-2, chunkName);
        lua.Pop(1);
        _chunkTexts[chunkName] = text;
    }

    /// <inheritdoc/>
    public void Dispose() => Lua.Dispose();

    /// <summary>
    /// Pushes a new closure of a module page's main chunk: from the bytecode another state (or
    /// this one) dumped for exactly this text, or compiled from the source, whose bytecode is then
    /// shared. Bytecode keeps the chunk name and line numbers, so errors read the same.
    /// </summary>
    private void LoadModuleChunk(string chunkName, string text)
    {
        var lua = Lua;
        if (_sharedChunks.TryGet(chunkName, text, out var bytecode))
        {
            if (lua.Load(bytecode, "=" + chunkName, allowBinary: true))
            {
                return;
            }

            lua.Pop(1); // cannot happen with the host's own dump; compile the source instead
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        _sharedChunks.CountCompile();
        if (!lua.Load(bytes, "=" + chunkName))
        {
            var message = lua.ToStringValue(-1) ?? "syntax error";
            lua.Pop(1);
            throw new LuaScriptException(message);
        }

        if (lua.Dump() is { } dumped)
        {
            _sharedChunks.Add(chunkName, text, dumped);
        }
    }

    private static readonly HashSet<string> BuiltinPackages = new(StringComparer.Ordinal)
    {
        "libraryUtil.lua", "strict.lua", "bit32.lua",
    };

    private void Setup(ScribuntoOptions options)
    {
        var lua = Lua;
        var sources = LibrarySources.Value;

        // host functions
        lua.NewTable(0, HostFunctionTable.Default.Functions.Count);
        foreach (var (name, function) in HostFunctionTable.Default.Functions)
        {
            var f = function;
            var id = lua.RegisterCallback(l => f((ScribuntoEngine)(l.Owner ?? throw new LuaScriptException("no render is running")), l));
            lua.PushCallback(id);
            lua.RawSet(-2, name);
        }

        // the libraries, compiled once; the page set-up runs them again for every page
        lua.NewTable(0, sources.Count);
        foreach (var (file, source) in sources)
        {
            if (string.Equals(file, "sandbox.lua", StringComparison.Ordinal))
            {
                continue;
            }

            if (!lua.Load(source, "=" + file))
            {
                throw new InvalidOperationException("Lua library " + file + " does not compile: " + lua.ToStringValue(-1));
            }

            lua.RawSet(-2, file);
        }

        lua.PushValue(-1);
        lua.RawSet(LuaNative.LuaRegistryIndex, LibsKey);

        lua.NewTable();
        lua.PushBoolean(options.AllowLoadString);
        lua.RawSet(-2, "allowLoadString");

        if (!lua.Load(sources["sandbox.lua"], "=sandbox.lua"))
        {
            throw new InvalidOperationException("sandbox.lua does not compile: " + lua.ToStringValue(-1));
        }

        lua.Insert(1);
        if (lua.Call(3, 1) != LuaCallStatus.Ok)
        {
            throw new InvalidOperationException("sandbox.lua failed: " + lua.ToStringValue(-1));
        }

        lua.RawSet(LuaNative.LuaRegistryIndex, EngineKey);
        lua.NewTable();
        lua.RawSet(LuaNative.LuaRegistryIndex, ChunksKey);
        lua.SetTop(0);
    }

    private static Dictionary<string, byte[]> ReadLibrarySources()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            result[resource[ResourcePrefix.Length..]] = memory.ToArray();
        }

        return result;
    }
}

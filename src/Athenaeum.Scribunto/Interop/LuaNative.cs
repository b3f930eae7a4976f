using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Athenaeum.Scribunto.Interop;

/// <summary>
/// P/Invoke declarations for liblua5.1 and Athenaeum's native shim (<c>native/*.c</c>).
/// </summary>
/// <remarks>
/// Only Lua API functions that cannot raise a Lua error while the host runs are declared here:
/// raw table access (no metamethods), pushes (the shim's allocator never fails while the host
/// runs) and stack manipulation. Everything that runs Lua code goes through
/// <see cref="athen_pcall"/>. See docs/scribunto.md, "Safety".
/// </remarks>
internal static unsafe partial class LuaNative
{
    public const int LuaRegistryIndex = -10000;
    public const int LuaGlobalsIndex = -10002;
    public const int LuaMultRet = -1;

    public const int TypeNone = -1;
    public const int TypeNil = 0;
    public const int TypeBoolean = 1;
    public const int TypeLightUserdata = 2;
    public const int TypeNumber = 3;
    public const int TypeString = 4;
    public const int TypeTable = 5;
    public const int TypeFunction = 6;
    public const int TypeUserdata = 7;
    public const int TypeThread = 8;

    public const int GcCollect = 2;
    public const int GcCount = 3;

    private const string Shim = "athenaeum_lua";
    private const string Lua = "lua5.1";

    static LuaNative()
    {
        NativeLibrary.SetDllImportResolver(typeof(LuaNative).Assembly, Resolve);
    }

    // ---- the shim ----
    [LibraryImport(Shim)]
    public static partial nint athen_newstate(nuint memLimit, double cpuLimit);

    [LibraryImport(Shim)]
    public static partial void athen_close(nint l);

    [LibraryImport(Shim)]
    public static partial void athen_set_dispatcher(nint l, delegate* unmanaged[Cdecl]<nint, int, int> dispatch, nint host);

    [LibraryImport(Shim)]
    public static partial nint athen_get_host(nint l);

    [LibraryImport(Shim)]
    public static partial void athen_push_callback(nint l, int id);

    [LibraryImport(Shim)]
    public static partial int athen_pcall(nint l, int nargs, int nresults);

    [LibraryImport(Shim)]
    public static partial int athen_load(nint l, byte* buffer, nuint length, byte* chunkName, int allowBinary);

    [LibraryImport(Shim)]
    public static partial byte* athen_dump(nint l, out nuint size);

    [LibraryImport(Shim)]
    public static partial void athen_free(void* p);

    [LibraryImport(Shim)]
    public static partial int athen_fatal(nint l);

    [LibraryImport(Shim)]
    public static partial void athen_reset_usage(nint l, double cpuLimit, nuint memLimit);

    [LibraryImport(Shim)]
    public static partial double athen_cpu_used(nint l);

    [LibraryImport(Shim)]
    public static partial void athen_timer_pause(nint l);

    [LibraryImport(Shim)]
    public static partial void athen_timer_resume(nint l);

    [LibraryImport(Shim)]
    public static partial nuint athen_mem_used(nint l);

    [LibraryImport(Shim)]
    public static partial nuint athen_mem_peak(nint l);

    [LibraryImport(Shim)]
    public static partial nuint athen_stack_remaining();

    [LibraryImport(Shim)]
    public static partial double athen_thread_cpu();

    [LibraryImport(Shim)]
    public static partial void athen_set_unicode_categories(byte* table);

    [LibraryImport(Shim)]
    public static partial void athen_set_now(nint l, double now);

    // ---- liblua5.1: stack ----
    [LibraryImport(Lua)]
    public static partial int lua_gettop(nint l);

    [LibraryImport(Lua)]
    public static partial void lua_settop(nint l, int index);

    [LibraryImport(Lua)]
    public static partial void lua_pushvalue(nint l, int index);

    [LibraryImport(Lua)]
    public static partial void lua_remove(nint l, int index);

    [LibraryImport(Lua)]
    public static partial void lua_insert(nint l, int index);

    [LibraryImport(Lua)]
    public static partial void lua_replace(nint l, int index);

    [LibraryImport(Lua)]
    public static partial int lua_checkstack(nint l, int size);

    // ---- access ----
    [LibraryImport(Lua)]
    public static partial int lua_type(nint l, int index);

    [LibraryImport(Lua)]
    public static partial int lua_toboolean(nint l, int index);

    [LibraryImport(Lua)]
    public static partial double lua_tonumber(nint l, int index);

    [LibraryImport(Lua)]
    public static partial byte* lua_tolstring(nint l, int index, out nuint length);

    [LibraryImport(Lua)]
    public static partial nuint lua_objlen(nint l, int index);

    [LibraryImport(Lua)]
    public static partial int lua_rawequal(nint l, int index1, int index2);

    // ---- push ----
    [LibraryImport(Lua)]
    public static partial void lua_pushnil(nint l);

    [LibraryImport(Lua)]
    public static partial void lua_pushnumber(nint l, double n);

    [LibraryImport(Lua)]
    public static partial void lua_pushlstring(nint l, byte* s, nuint length);

    [LibraryImport(Lua)]
    public static partial void lua_pushboolean(nint l, int b);

    [LibraryImport(Lua)]
    public static partial void lua_createtable(nint l, int narr, int nrec);

    // ---- raw tables ----
    [LibraryImport(Lua)]
    public static partial void lua_rawget(nint l, int index);

    [LibraryImport(Lua)]
    public static partial void lua_rawgeti(nint l, int index, int n);

    [LibraryImport(Lua)]
    public static partial void lua_rawset(nint l, int index);

    [LibraryImport(Lua)]
    public static partial void lua_rawseti(nint l, int index, int n);

    [LibraryImport(Lua)]
    public static partial int lua_next(nint l, int index);

    [LibraryImport(Lua)]
    public static partial int lua_getmetatable(nint l, int index);

    [LibraryImport(Lua)]
    public static partial int lua_setmetatable(nint l, int index);

    [LibraryImport(Lua)]
    public static partial int lua_gc(nint l, int what, int data);

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (string.Equals(name, Lua, StringComparison.Ordinal))
        {
            // The runtime package (liblua5.1-0) ships only the versioned name.
            return NativeLibrary.Load("liblua5.1.so.0");
        }

        if (string.Equals(name, Shim, StringComparison.Ordinal))
        {
            var path = Path.Combine(AppContext.BaseDirectory, "libathenaeum_lua.so");
            if (!File.Exists(path))
            {
                path = Path.Combine(Path.GetDirectoryName(assembly.Location) ?? AppContext.BaseDirectory, "libathenaeum_lua.so");
            }

            return NativeLibrary.Load(path);
        }

        return 0;
    }

    /// <summary>Makes sure the resolver is registered before the first call (it runs in the static constructor).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void EnsureLoaded() => RuntimeHelpers.RunClassConstructor(typeof(LuaNative).TypeHandle);
}

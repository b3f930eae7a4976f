using System.Globalization;
using System.Runtime.InteropServices;
using Athenaeum.Scribunto.Interop;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// The Unicode general category of every code point, handed once per process to the native
/// pattern matcher for mw.ustring's character classes (%a, %l, %u, %d, %p, %s, %c, %w).
/// </summary>
internal static unsafe class UnicodeTables
{
    private const int CodePoints = 0x110000;
    private static readonly Lazy<nint> Table = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Builds the table (once) and gives it to the native matcher.</summary>
    public static void EnsureInstalled() => _ = Table.Value;

    private static nint Build()
    {
        // Never freed: one table for the process's lifetime, shared by every Lua state.
        var table = (byte*)NativeMemory.Alloc(CodePoints);
        for (var cp = 0; cp < CodePoints; cp++)
        {
            table[cp] = cp is >= 0xD800 and <= 0xDFFF
                ? (byte)UnicodeCategory.Surrogate
                : (byte)CharUnicodeInfo.GetUnicodeCategory(cp);
        }

        LuaNative.athen_set_unicode_categories(table);
        return (nint)table;
    }
}

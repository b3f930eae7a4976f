using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Athenaeum.Storage.Sqlite.Ranking;

/// <summary>
/// The parts of SQLite's C API and of FTS5's extension API (sqlite.org/fts5.html, "Custom Auxiliary
/// Functions") that <see cref="SearchRanking"/> needs, called on the same <c>e_sqlite3</c> library
/// Microsoft.Data.Sqlite loads (SQLitePCLRaw exposes neither <c>sqlite3_bind_pointer</c> nor FTS5's API).
/// </summary>
internal static unsafe partial class Fts5Native
{
    public const int Ok = 0;
    public const int Row = 100;

    private const string Library = "e_sqlite3";

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int sqlite3_prepare_v2(IntPtr db, byte* sql, int bytes, out IntPtr statement, IntPtr tail);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int sqlite3_step(IntPtr statement);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int sqlite3_finalize(IntPtr statement);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void sqlite3_result_double(IntPtr context, double value);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void sqlite3_result_error(IntPtr context, byte* message, int bytes);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void sqlite3_result_error_code(IntPtr context, int code);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial double sqlite3_value_double(IntPtr value);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial long sqlite3_value_int64(IntPtr value);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial byte* sqlite3_value_text(IntPtr value);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int sqlite3_value_bytes(IntPtr value);

    /// <summary>FTS5's <c>fts5_api</c>: only the members up to <c>xCreateFunction</c> are used.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Fts5Api
    {
        public int Version;
        public IntPtr CreateTokenizer;
        public IntPtr FindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, IntPtr, IntPtr, IntPtr, int> CreateFunction;
    }

    /// <summary>FTS5's <c>Fts5ExtensionApi</c> (version 1 and later members, in their order); the context is an opaque pointer.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ExtensionApi
    {
        public int Version;
        public delegate* unmanaged[Cdecl]<IntPtr, IntPtr> UserData;
        public delegate* unmanaged[Cdecl]<IntPtr, int> ColumnCount;
        public delegate* unmanaged[Cdecl]<IntPtr, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, long*, int> ColumnTotalSize;
        public IntPtr Tokenize;
        public delegate* unmanaged[Cdecl]<IntPtr, int> PhraseCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int> PhraseSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int*, int> InstCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int> Inst;
        public delegate* unmanaged[Cdecl]<IntPtr, long> Rowid;
        public IntPtr ColumnText;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int> ColumnSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int, void*, delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, void*, int>, int> QueryPhrase;
        public delegate* unmanaged[Cdecl]<IntPtr, void*, delegate* unmanaged[Cdecl]<void*, void>, int> SetAuxdata;
        public delegate* unmanaged[Cdecl]<IntPtr, int, void*> GetAuxdata;
        public IntPtr PhraseFirst;
        public IntPtr PhraseNext;
        public IntPtr PhraseFirstColumn;
        public IntPtr PhraseNextColumn;

        /// <summary>Version 3 and later only.</summary>
        public delegate* unmanaged[Cdecl]<IntPtr, int, int, byte**, int*, int> QueryToken;
    }
}

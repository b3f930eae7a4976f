using System.Reflection;
using System.Runtime.InteropServices;

namespace Athenaeum.Dump.Compression;

/// <summary>
/// P/Invoke declarations of the system's libbz2 (the low-level <c>BZ2_bzCompress*</c> and
/// <c>BZ2_bzDecompress*</c> API of bzlib.h).
/// </summary>
internal static unsafe partial class Bzip2Native
{
    // Return codes of bzlib.h.
    public const int BzOk = 0;
    public const int BzRunOk = 1;
    public const int BzFlushOk = 2;
    public const int BzFinishOk = 3;
    public const int BzStreamEnd = 4;
    public const int BzSequenceError = -1;
    public const int BzParamError = -2;
    public const int BzMemError = -3;
    public const int BzDataError = -4;
    public const int BzDataErrorMagic = -5;
    public const int BzIoError = -6;
    public const int BzUnexpectedEof = -7;
    public const int BzOutbuffFull = -8;
    public const int BzConfigError = -9;

    // Actions of BZ2_bzCompress.
    public const int BzRun = 0;
    public const int BzFinish = 2;

    private const string LibraryName = "libbz2.so.1.0";

    // Debian and most Linux distributions ship libbz2.so.1.0; other systems name it differently.
    private static readonly string[] CandidateNames =
        ["libbz2.so.1.0", "libbz2.so.1", "libbz2.so", "libbz2.1.0.dylib", "libbz2.dylib", "libbz2.dll", "bz2.dll"];

    static Bzip2Native() => NativeLibrary.SetDllImportResolver(typeof(Bzip2Native).Assembly, Resolve);

    [LibraryImport(LibraryName, EntryPoint = "BZ2_bzDecompressInit")]
    public static partial int DecompressInit(BzStream* stream, int verbosity, int small);

    [LibraryImport(LibraryName, EntryPoint = "BZ2_bzDecompress")]
    public static partial int Decompress(BzStream* stream);

    [LibraryImport(LibraryName, EntryPoint = "BZ2_bzDecompressEnd")]
    public static partial int DecompressEnd(BzStream* stream);

    [LibraryImport(LibraryName, EntryPoint = "BZ2_bzCompressInit")]
    public static partial int CompressInit(BzStream* stream, int blockSize100k, int verbosity, int workFactor);

    [LibraryImport(LibraryName, EntryPoint = "BZ2_bzCompress")]
    public static partial int Compress(BzStream* stream, int action);

    [LibraryImport(LibraryName, EntryPoint = "BZ2_bzCompressEnd")]
    public static partial int CompressEnd(BzStream* stream);

    /// <summary>Gets the bzlib.h name of a return code, for error messages.</summary>
    /// <param name="code">The return code.</param>
    /// <returns>The name, for example "BZ_DATA_ERROR".</returns>
    public static string CodeName(int code) => code switch
    {
        BzOk => "BZ_OK",
        BzStreamEnd => "BZ_STREAM_END",
        BzSequenceError => "BZ_SEQUENCE_ERROR",
        BzParamError => "BZ_PARAM_ERROR",
        BzMemError => "BZ_MEM_ERROR",
        BzDataError => "BZ_DATA_ERROR",
        BzDataErrorMagic => "BZ_DATA_ERROR_MAGIC",
        BzIoError => "BZ_IO_ERROR",
        BzUnexpectedEof => "BZ_UNEXPECTED_EOF",
        BzOutbuffFull => "BZ_OUTBUFF_FULL",
        BzConfigError => "BZ_CONFIG_ERROR",
        _ => "code " + code.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (!string.Equals(libraryName, LibraryName, StringComparison.Ordinal))
        {
            return IntPtr.Zero;
        }

        foreach (var name in CandidateNames)
        {
            if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(
            "libbz2 was not found (tried " + string.Join(", ", CandidateNames) + "): install the bzip2 library, for example 'apt-get install libbz2-1.0'");
    }
}

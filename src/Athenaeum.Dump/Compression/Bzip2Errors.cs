using System.Globalization;

namespace Athenaeum.Dump.Compression;

/// <summary>Builds the <see cref="DumpFormatException"/>s of bzip2 faults, so every reader words them alike.</summary>
internal static class Bzip2Errors
{
    /// <summary>libbz2 rejected the data of a stream.</summary>
    public static DumpFormatException Corrupt(string path, long streamStart, long detectedAt, int code) =>
        new(path, detectedAt, null, string.Create(
            CultureInfo.InvariantCulture,
            $"corrupt bzip2 data ({Bzip2Native.CodeName(code)}) in the bz2 stream that starts at byte {streamStart}"));

    /// <summary>The input ended inside a stream.</summary>
    public static DumpFormatException Truncated(string path, long streamStart, long endOfInput) =>
        new(path, endOfInput, null, string.Create(
            CultureInfo.InvariantCulture,
            $"the bz2 stream that starts at byte {streamStart} is truncated: the input ends inside it (BZ_UNEXPECTED_EOF)"));

    /// <summary>Bytes that should start a stream do not.</summary>
    public static DumpFormatException NotAStream(string path, long offset, string context) =>
        new(path, offset, null, "no bzip2 stream starts here ('BZh' header expected): " + context);
}

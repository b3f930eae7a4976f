namespace Athenaeum.Dump;

/// <summary>The container format of a dump file, detected from its content.</summary>
public enum DumpKind
{
    /// <summary>Plain XML (UTF-8, or UTF-16 with a byte order mark).</summary>
    Xml,

    /// <summary>
    /// XML compressed with bzip2 as one stream (or as streams too large to buffer), read sequentially.
    /// </summary>
    Bzip2,

    /// <summary>
    /// A Wikimedia-style multistream bzip2 file: a header stream, then many independent streams of pages,
    /// then a footer stream. Streams are decompressed in parallel.
    /// </summary>
    Bzip2Multistream,
}

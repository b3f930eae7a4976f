namespace Athenaeum.Dump;

/// <summary>Options of <see cref="DumpReader"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DumpReaderOptions
{
    /// <summary>
    /// Gets the path of the multistream index (<c>offset:pageid:title</c> lines, plain or bzip2). When
    /// <see langword="null"/>, <c>&lt;name&gt;-index.txt.bz2</c> beside the dump is used if it exists.
    /// </summary>
    public string? IndexPath { get; init; }

    /// <summary>
    /// Gets how many threads decompress a multistream dump. <see langword="null"/> means
    /// <see cref="Environment.ProcessorCount"/>; 1 decompresses sequentially on the parsing thread.
    /// </summary>
    public int? Parallelism { get; init; }

    /// <summary>
    /// Gets the byte offset of the bz2 stream of a multistream dump at which to start reading pages (to resume
    /// an import from a <see cref="DumpPage.SourceOffset"/>). The siteinfo is still read from the first stream.
    /// 0 reads every page. Other kinds of dump accept only 0.
    /// </summary>
    public long StartOffset { get; init; }

    /// <summary>
    /// Gets a value indicating whether the multistream index is used to find stream boundaries. When
    /// <see langword="false"/>, or when there is no index, boundaries are found by scanning the file.
    /// </summary>
    public bool UseIndex { get; init; } = true;

    /// <summary>
    /// Gets the largest number of characters of revision text one page may hold (all revisions together).
    /// A page over the limit is a <see cref="DumpFormatException"/>; the limit keeps a hostile or broken dump
    /// from exhausting memory. The default is 2^30 (about 2 GB of strings).
    /// </summary>
    public long MaxPageTextLength { get; init; } = 1L << 30;
}

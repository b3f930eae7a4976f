using Athenaeum.Storage;

namespace Athenaeum.Import;

/// <summary>How <see cref="DumpImporter"/> imports a dump.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ImportOptions
{
    /// <summary>The largest accepted <see cref="BatchSize"/>.</summary>
    public const int MaxBatchSize = 100_000;

    /// <summary>
    /// The default <see cref="BatchSize"/>. Every commit writes each page the batch touched to the WAL, and the title
    /// and search-trigram indexes take random inserts that touch most of their pages each batch: 4,000 pages instead
    /// of 1,000 made the writer 24 % faster on the 1 GB benchmark (commits 28 s to 13 s) at the same peak memory,
    /// since <see cref="BatchBytes"/> (32 MB of text) still ends a batch of large pages.
    /// </summary>
    public const int DefaultBatchSize = 4000;

    /// <summary>Gets how many pages one transaction holds at most (1 to <see cref="MaxBatchSize"/>).</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Gets how many bytes of page text one transaction holds at most, whatever <see cref="BatchSize"/> says.</summary>
    public long BatchBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// Gets how many threads compress and scan pages; <see langword="null"/> means one per processor.
    /// Decompression of a multistream dump has its own threads (<see cref="DecompressionThreads"/>).
    /// </summary>
    public int? Parallelism { get; init; }

    /// <summary>Gets how many threads decompress a multistream dump; <see langword="null"/> means one per processor.</summary>
    public int? DecompressionThreads { get; init; }

    /// <summary>Gets the codec page texts are stored with.</summary>
    public TextCodec Codec { get; init; } = TextCodec.Deflate;

    /// <summary>Gets the multistream index to use instead of the one beside the dump, or <see langword="null"/>.</summary>
    public string? IndexPath { get; init; }

    /// <summary>Gets how often progress is reported.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Gets the clock for Reproduction Dates and run times; the system clock when <see langword="null"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }
}

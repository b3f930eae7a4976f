namespace Athenaeum.Dump;

/// <summary>Options of <see cref="MultistreamDumpWriter"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MultistreamDumpWriterOptions
{
    /// <summary>Gets how many pages each bz2 stream holds (Wikimedia uses 100).</summary>
    public int PagesPerStream { get; init; } = 100;

    /// <summary>Gets the bzip2 block size in units of 100 kB, 1 to 9 (Wikimedia uses 9).</summary>
    public int BlockSize100k { get; init; } = 9;

    /// <summary>Gets the index path; by default <c>&lt;name&gt;-index.txt.bz2</c> beside the dump.</summary>
    public string? IndexPath { get; init; }

    /// <summary>Gets how many streams are compressed at once; <see langword="null"/> means <see cref="Environment.ProcessorCount"/>.</summary>
    public int? Parallelism { get; init; }
}

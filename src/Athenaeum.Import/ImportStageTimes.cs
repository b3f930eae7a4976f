using System.Diagnostics;

namespace Athenaeum.Import;

/// <summary>
/// Where an import session spent its time, to tell which stage holds the others back: the parallel
/// workers (compress, scan links, build search documents), the single writer, and the reader waiting for
/// a full queue (the workers or the writer are slower than decompression and XML parsing) or the writer
/// waiting for pages (decompression, parsing or the workers are slower than the writer).
/// </summary>
/// <param name="Transform">Time the workers spent transforming pages, summed over all workers.</param>
/// <param name="Writer">Time the writer spent writing pages and committing batches.</param>
/// <param name="ReaderBlocked">Time the reader waited because the queue of chunks was full.</param>
/// <param name="WriterIdle">Time the writer waited for the next chunk to be transformed.</param>
public sealed record ImportStageTimes(TimeSpan Transform, TimeSpan Writer, TimeSpan ReaderBlocked, TimeSpan WriterIdle)
{
    /// <summary>Gets a record of no time at all.</summary>
    public static ImportStageTimes Zero { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Converts a span of <see cref="Stopwatch"/> ticks to a <see cref="TimeSpan"/>.</summary>
    /// <param name="ticks">Stopwatch ticks.</param>
    /// <returns>The time.</returns>
    internal static TimeSpan FromStopwatchTicks(long ticks) => TimeSpan.FromSeconds(ticks / (double)Stopwatch.Frequency);
}

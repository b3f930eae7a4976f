using System.Globalization;

namespace Athenaeum.Bench.Render;

/// <summary>
/// The managed collector's counters at one moment: collections per generation, bytes allocated and
/// time paused. Counts, unlike CPU seconds, do not move with the machine's load, so a change in
/// the allocation rate shows in one run.
/// </summary>
internal readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, long AllocatedBytes, TimeSpan Paused)
{
    /// <summary>Reads the counters now.</summary>
    /// <returns>The counters.</returns>
    public static GcCounts Take() => new(
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());

    /// <summary>Describes what happened between <paramref name="earlier"/> and this reading.</summary>
    /// <param name="earlier">The earlier reading.</param>
    /// <returns>A one-line summary.</returns>
    public string Since(GcCounts earlier) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Gen0 - earlier.Gen0} gen0 / {Gen1 - earlier.Gen1} gen1 / {Gen2 - earlier.Gen2} gen2 collections, {(AllocatedBytes - earlier.AllocatedBytes) / 1e6:F0} MB allocated, {(Paused - earlier.Paused).TotalSeconds:F2} s paused");
}

using Athenaeum.Storage;

namespace Athenaeum.Import;

/// <summary>What an import did, and what the library holds after it.</summary>
/// <param name="DumpFile">The dump's path.</param>
/// <param name="DatabaseName">The wiki's database name.</param>
/// <param name="Run">The finished run with its counters (added, updated, unchanged, skipped, removed).</param>
/// <param name="IsResumed">Whether this session resumed an interrupted run.</param>
/// <param name="Elapsed">How long this session took.</param>
/// <param name="SessionPages">Pages read in this session.</param>
/// <param name="XmlBytes">Bytes of XML parsed in this session.</param>
/// <param name="Library">The library's statistics after the import.</param>
public sealed record ImportSummary(
    string DumpFile,
    string DatabaseName,
    ImportRun Run,
    bool IsResumed,
    TimeSpan Elapsed,
    long SessionPages,
    long XmlBytes,
    LibraryStatistics Library)
{
    /// <summary>Gets how many search-index entries this session wrote (articles added or changed; the import indexes them as it stores them).</summary>
    public long SearchEntries { get; init; }

    /// <summary>Gets where this session spent its time.</summary>
    public ImportStageTimes StageTimes { get; init; } = ImportStageTimes.Zero;

    /// <summary>Gets the pages read per second in this session.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? SessionPages / Elapsed.TotalSeconds : 0;

    /// <summary>Gets the megabytes (10^6 bytes) of XML per second in this session.</summary>
    public double XmlMegabytesPerSecond => Elapsed.TotalSeconds > 0 ? XmlBytes / 1e6 / Elapsed.TotalSeconds : 0;
}

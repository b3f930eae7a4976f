using Athenaeum.Storage;

namespace Athenaeum.Import;

/// <summary>
/// The run's counters: written by the single writer thread, read by the progress reporter (64-bit
/// reads and writes are atomic on the platforms .NET supports, and Volatile orders them).
/// </summary>
internal sealed class ImportCounters
{
    private long _pagesRead;
    private long _sessionPages;
    private long _added;
    private long _updated;
    private long _unchanged;
    private long _skipped;
    private long _searchEntries;
    private long _transformTicks;
    private long _writerTicks;
    private long _readerBlockedTicks;
    private long _writerIdleTicks;

    public ImportCounters(ImportRunProgress start)
    {
        _pagesRead = start.PagesRead;
        _added = start.Added;
        _updated = start.Updated;
        _unchanged = start.Unchanged;
        _skipped = start.Skipped;
        ResumeOffset = start.ResumeOffset;
        ResumeSkip = start.ResumeSkip;
        NewestRevision = start.NewestRevision;
    }

    public long PagesRead => Volatile.Read(ref _pagesRead);

    public long SessionPages => Volatile.Read(ref _sessionPages);

    public long Added => Volatile.Read(ref _added);

    public long Updated => Volatile.Read(ref _updated);

    public long Unchanged => Volatile.Read(ref _unchanged);

    public long Skipped => Volatile.Read(ref _skipped);

    /// <summary>Gets or sets the stream offset to resume from (writer thread only).</summary>
    public long ResumeOffset { get; set; }

    /// <summary>Gets or sets how many pages from <see cref="ResumeOffset"/> on are done (writer thread only).</summary>
    public long ResumeSkip { get; set; }

    /// <summary>Gets or sets the newest revision timestamp seen (writer thread only).</summary>
    public DateTimeOffset? NewestRevision { get; set; }

    public void Count(PageWriteOutcome outcome)
    {
        Volatile.Write(ref _sessionPages, _sessionPages + 1);
        if (outcome != PageWriteOutcome.AlreadyWritten)
        {
            Volatile.Write(ref _pagesRead, _pagesRead + 1);
        }

        switch (outcome)
        {
            case PageWriteOutcome.Added:
                Volatile.Write(ref _added, _added + 1);
                break;
            case PageWriteOutcome.Updated:
                Volatile.Write(ref _updated, _updated + 1);
                break;
            case PageWriteOutcome.Unchanged:
                Volatile.Write(ref _unchanged, _unchanged + 1);
                break;
            case PageWriteOutcome.SkippedDuplicate:
                Volatile.Write(ref _skipped, _skipped + 1);
                break;
            default:
                break;
        }
    }

    /// <summary>Counts a page read but not stored (no text).</summary>
    public void CountSkipped()
    {
        Volatile.Write(ref _sessionPages, _sessionPages + 1);
        Volatile.Write(ref _pagesRead, _pagesRead + 1);
        Volatile.Write(ref _skipped, _skipped + 1);
    }

    /// <summary>Gets how many search-index entries this session wrote.</summary>
    public long SearchEntries => Volatile.Read(ref _searchEntries);

    /// <summary>Counts a search-index entry written (writer thread only).</summary>
    public void CountSearchEntry() => Volatile.Write(ref _searchEntries, _searchEntries + 1);

    /// <summary>Adds a worker's transform time (any thread).</summary>
    public void AddTransformTicks(long ticks) => Interlocked.Add(ref _transformTicks, ticks);

    /// <summary>Adds writer time (writer thread only).</summary>
    public void AddWriterTicks(long ticks) => Volatile.Write(ref _writerTicks, _writerTicks + ticks);

    /// <summary>Adds time the writer waited for work (writer thread only).</summary>
    public void AddWriterIdleTicks(long ticks) => Volatile.Write(ref _writerIdleTicks, _writerIdleTicks + ticks);

    /// <summary>Adds time the reader waited for room in the queue (reader only).</summary>
    public void AddReaderBlockedTicks(long ticks) => Volatile.Write(ref _readerBlockedTicks, _readerBlockedTicks + ticks);

    /// <summary>Gets this session's stage times.</summary>
    public ImportStageTimes ToStageTimes() => new(
        ImportStageTimes.FromStopwatchTicks(Interlocked.Read(ref _transformTicks)),
        ImportStageTimes.FromStopwatchTicks(Volatile.Read(ref _writerTicks)),
        ImportStageTimes.FromStopwatchTicks(Volatile.Read(ref _readerBlockedTicks)),
        ImportStageTimes.FromStopwatchTicks(Volatile.Read(ref _writerIdleTicks)));

    public ImportRunProgress ToRunProgress()
        => new(ResumeOffset, ResumeSkip, PagesRead, Added, Updated, Unchanged, Skipped, NewestRevision);
}

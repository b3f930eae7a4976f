namespace Athenaeum.Storage;

/// <summary>
/// The importer's exclusive, batched access to a library. Pages are written inside batches (one
/// transaction each); the run's counters and resume point are saved in the same transaction, so that
/// a run killed at any moment resumes from its last committed batch with nothing lost or doubled.
/// </summary>
/// <remarks>
/// Not thread-safe: one thread writes. Holds the library's write lock (across processes) until disposed.
/// </remarks>
public interface ILibraryWriter : IDisposable
{
    /// <summary>Stores the site, replacing the stored one; changes nothing when they are equal.</summary>
    /// <param name="site">The site.</param>
    void SaveSite(LibrarySite site);

    /// <summary>Finds a run of the same file that was interrupted (status <see cref="ImportRunStatus.Running"/>).</summary>
    /// <param name="sourceFile">The dump's file name.</param>
    /// <param name="sourceSize">The dump's size in bytes.</param>
    /// <returns>The run to resume, or <see langword="null"/>.</returns>
    ImportRun? FindRunToResume(string sourceFile, long sourceSize);

    /// <summary>Marks a run found by <see cref="FindRunToResume"/> as running again; its counters carry on.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The run, running.</returns>
    ImportRun ResumeRun(ImportRun run);

    /// <summary>Starts a new run, marking interrupted runs of other files as abandoned.</summary>
    /// <param name="sourceFile">The dump's file name.</param>
    /// <param name="sourceSize">The dump's size in bytes.</param>
    /// <param name="dumpDate">The dump's date when its file name gives one.</param>
    /// <returns>The new run.</returns>
    ImportRun StartRun(string sourceFile, long sourceSize, DateOnly? dumpDate);

    /// <summary>
    /// Gets a value indicating whether the library is in bulk-load mode: the reverse ("to") indexes of the
    /// link tables are suspended, which makes filling an empty library much faster. Lookups in the "to"
    /// direction still work meanwhile, by scanning. A writer that died in bulk mode leaves the library in it.
    /// </summary>
    bool IsBulkLoading { get; }

    /// <summary>Suspends the reverse indexes of the link tables until <see cref="EndBulkLoad"/>.</summary>
    void BeginBulkLoad();

    /// <summary>Rebuilds the reverse indexes of the link tables if they are suspended; does nothing otherwise.</summary>
    void EndBulkLoad();

    /// <summary>Begins a batch (a transaction).</summary>
    /// <exception cref="InvalidOperationException">A batch is already open.</exception>
    void BeginBatch();

    /// <summary>Writes a page in the open batch: adds it, updates it, or leaves it unchanged.</summary>
    /// <param name="runId">The current run.</param>
    /// <param name="page">The page.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="InvalidOperationException">No batch is open.</exception>
    PageWriteOutcome WritePage(long runId, PageWrite page);

    /// <summary>
    /// Records a page that the caller believes is stored with this revision, title and redirect, without
    /// its text; returns <see cref="PageWriteOutcome.NeedsFullWrite"/> when that is not so.
    /// </summary>
    /// <param name="runId">The current run.</param>
    /// <param name="sourcePageId">The source page id.</param>
    /// <param name="revisionId">The revision id read from the dump.</param>
    /// <param name="target">The page's namespace and title read from the dump.</param>
    /// <returns><see cref="PageWriteOutcome.Unchanged"/>, <see cref="PageWriteOutcome.AlreadyWritten"/> or <see cref="PageWriteOutcome.NeedsFullWrite"/>.</returns>
    PageWriteOutcome WriteUnchanged(long runId, long sourcePageId, long revisionId, LinkTarget target);

    /// <summary>Saves the run's counters and resume point, and commits the batch.</summary>
    /// <param name="runId">The current run.</param>
    /// <param name="progress">The counters after this batch.</param>
    void CommitBatch(long runId, ImportRunProgress progress);

    /// <summary>Rolls the open batch back, if any.</summary>
    void RollbackBatch();

    /// <summary>
    /// Marks removed every current page that the run neither wrote nor found unchanged; call it only
    /// after the dump was read to its end.
    /// </summary>
    /// <param name="runId">The run.</param>
    /// <returns>How many pages were marked removed.</returns>
    long MarkUnseenPagesRemoved(long runId);

    /// <summary>Ends a run and saves its final counters.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="status">How it ended.</param>
    /// <param name="progress">The final counters.</param>
    /// <param name="removed">Pages marked removed.</param>
    /// <param name="error">The error that stopped it, or <see langword="null"/>.</param>
    void FinishRun(long runId, ImportRunStatus status, ImportRunProgress progress, long removed, string? error);
}

using System.Diagnostics;
using Athenaeum.Dump;
using Athenaeum.Storage;

namespace Athenaeum.Import;

/// <summary>
/// Imports a MediaWiki XML dump into a library: a bounded pipeline of the dump reader, parallel
/// workers that compress and scan pages, and one writer that commits batches. Resumable (a run killed
/// at any moment continues where its last batch committed), idempotent (importing the same dump again
/// changes nothing), and incremental (a newer dump updates changed pages, adds new ones and marks
/// missing ones removed).
/// </summary>
/// <remarks>One import per library at a time (the library's writer lock enforces it across processes).</remarks>
public sealed partial class DumpImporter
{
    private readonly ILibraryProvider _library;
    private readonly ImportOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="DumpImporter"/> class.</summary>
    /// <param name="library">The library to import into.</param>
    /// <param name="options">How to import; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="library"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DumpImporter(ILibraryProvider library, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        options ??= new ImportOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.BatchSize, ImportOptions.MaxBatchSize, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchBytes, 1, nameof(options));
        if (options.Parallelism is < 1 || options.DecompressionThreads is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Thread counts must be at least 1.");
        }

        _library = library;
        _options = options;
        _time = options.TimeProvider ?? TimeProvider.System;
    }

    /// <summary>Imports a dump, resuming an interrupted import of the same file.</summary>
    /// <param name="dumpPath">The dump (.xml, .xml.bz2, or multistream .xml.bz2 with its index beside it).</param>
    /// <param name="progress">Receives progress snapshots every <see cref="ImportOptions.ProgressInterval"/>; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the import after committing what was read; running it again resumes.</param>
    /// <returns>What the import did.</returns>
    /// <exception cref="DumpFormatException">
    /// The dump cannot be read (missing, truncated, corrupt, malformed, unknown schema, mismatched index); pages
    /// read before the fault are committed, and running the import again resumes.
    /// </exception>
    /// <exception cref="LibraryException">The library holds another wiki, or another import is writing to it.</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled; what was read is committed.</exception>
    public async Task<ImportSummary> ImportAsync(string dumpPath, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dumpPath);
        var clock = Stopwatch.StartNew();
        using var writer = _library.OpenWriter(_time);
        var reader = await DumpReader.OpenAsync(dumpPath, ReaderOptions(0), cancellationToken);
        try
        {
            var stored = _library.Site.GetSite();
            EnsureSameWiki(stored, reader.SiteInfo, dumpPath);
            var fileName = Path.GetFileName(dumpPath);
            var dumpDate = DumpFileNames.GetDumpDate(fileName);
            var run = writer.FindRunToResume(fileName, reader.TotalBytes);
            var resumed = run is not null;
            var checkUnchanged = _library.Pages.ReadPagesAfter(0, 1).Count > 0;
            long skip = 0;
            if (run is not null)
            {
                run = writer.ResumeRun(run);
                (reader, skip) = await ReopenAtCheckpointAsync(reader, dumpPath, run.Progress, cancellationToken);
            }
            else
            {
                run = writer.StartRun(fileName, reader.TotalBytes, dumpDate);
            }

            // Filling an empty library: the reverse link indexes are built once at the end instead of row by row.
            if (!checkUnchanged && !writer.IsBulkLoading)
            {
                writer.BeginBulkLoad();
            }

            var site = SiteConfigurationFactory.ToLibrarySite(reader.SiteInfo, fileName, dumpDate ?? run.DumpDate);
            writer.SaveSite(site);
            var counters = new ImportCounters(run.Progress with { ResumeSkip = skip });
            var transformer = new PageTransformer(_library.Pages, SiteConfigurationFactory.Create(reader.SiteInfo), _options.Codec, checkUnchanged);
            var startBytes = reader.BytesRead;
            var session = new ImportSession(reader, writer, run.Id, transformer, counters, skip);

            Exception? fault = null;
            using (StartProgressReporter(session, progress, clock, startBytes, resumed, out var reporter))
            {
                try
                {
                    await RunPipelineAsync(session, cancellationToken);
                }
                catch (Exception ex) when (ex is DumpFormatException or OperationCanceledException)
                {
                    fault = ex;
                }

                await reporter.StopAsync();
            }

            // Finished or failed on bad input, the library leaves bulk mode so that it is fully usable; an
            // interrupted import stops at once and the run that resumes it rebuilds the indexes at its end.
            if (fault is not OperationCanceledException)
            {
                writer.EndBulkLoad();
            }

            if (fault is not null)
            {
                var reason = fault is DumpFormatException ? fault.Message : "interrupted before the end of the dump";
                writer.FinishRun(run.Id, ImportRunStatus.Failed, counters.ToRunProgress(), 0, reason);
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
            }

            var removed = writer.MarkUnseenPagesRemoved(run.Id);
            writer.FinishRun(run.Id, ImportRunStatus.Completed, counters.ToRunProgress(), removed, null);
            var newest = counters.NewestRevision is { } n ? DateOnly.FromDateTime(n.UtcDateTime) : (DateOnly?)null;
            writer.SaveSite(site with { DumpDate = site.DumpDate ?? newest });
            writer.Dispose();
            await _library.OptimizeAsync(cancellationToken);
            var finished = _library.ImportRuns.GetRuns(1).Single();
            return new ImportSummary(
                dumpPath,
                reader.SiteInfo.DatabaseName,
                finished,
                resumed,
                clock.Elapsed,
                counters.SessionPages,
                reader.UncompressedBytesRead,
                _library.Site.GetStatistics())
            {
                SearchEntries = counters.SearchEntries,
                StageTimes = counters.ToStageTimes(),
            };
        }
        finally
        {
            await reader.DisposeAsync();
        }
    }

    private DumpReaderOptions ReaderOptions(long startOffset) => new()
    {
        IndexPath = _options.IndexPath,
        Parallelism = _options.DecompressionThreads,
        StartOffset = startOffset,
    };

    /// <summary>
    /// Positions a resumed run: a multistream dump is reopened at the stream of the last committed page;
    /// other dumps are read from the start. Either way the pages already committed are skipped unread by the workers.
    /// </summary>
    private async Task<(DumpReader Reader, long Skip)> ReopenAtCheckpointAsync(DumpReader reader, string dumpPath, ImportRunProgress progress, CancellationToken cancellationToken)
    {
        if (reader.Kind != DumpKind.Bzip2Multistream || progress.ResumeOffset <= 0)
        {
            return (reader, progress.ResumeOffset <= 0 ? progress.ResumeSkip : 0);
        }

        await reader.DisposeAsync();
        try
        {
            return (await DumpReader.OpenAsync(dumpPath, ReaderOptions(progress.ResumeOffset), cancellationToken), progress.ResumeSkip);
        }
        catch (DumpFormatException)
        {
            // The checkpoint does not fit this file (rewritten under the same name and size): read it all;
            // the pages already stored are recognized as unchanged.
            return (await DumpReader.OpenAsync(dumpPath, ReaderOptions(0), cancellationToken), 0);
        }
    }

    private static void EnsureSameWiki(LibrarySite? stored, SiteInfo dump, string dumpPath)
    {
        if (stored is null)
        {
            return;
        }

        var same = stored.DatabaseName.Length > 0 && dump.DatabaseName.Length > 0
            ? string.Equals(stored.DatabaseName, dump.DatabaseName, StringComparison.Ordinal)
            : string.Equals(stored.BaseUrl, dump.Base, StringComparison.Ordinal);
        if (!same)
        {
            var storedName = stored.DatabaseName.Length > 0 ? stored.DatabaseName : stored.BaseUrl;
            var dumpName = dump.DatabaseName.Length > 0 ? dump.DatabaseName : dump.Base;
            throw new LibraryException(
                $"{dumpPath}: this is a dump of '{dumpName}', but the library holds '{storedName}'; a library holds one wiki, so import it into another library (--library PATH).");
        }
    }
}

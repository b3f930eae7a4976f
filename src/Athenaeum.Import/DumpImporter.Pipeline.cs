using System.Diagnostics;
using System.Threading.Channels;
using Athenaeum.Dump;
using Athenaeum.Storage;

namespace Athenaeum.Import;

/// <content>The pipeline: reader → parallel transform (in order) → single writer.</content>
public sealed partial class DumpImporter
{
    /// <summary>Pages per unit of parallel work.</summary>
    private const int ChunkPages = 64;

    /// <summary>Characters of text per unit of parallel work, whatever the page count.</summary>
    private const long ChunkChars = 4L * 1024 * 1024;

    private async Task RunPipelineAsync(ImportSession session, CancellationToken cancellationToken)
    {
        // Chunks are transformed in parallel but queued in dump order, so the writer commits pages in
        // order and its checkpoint (the last committed page) means "everything before it is stored".
        var workers = _options.Parallelism ?? Environment.ProcessorCount;
        var queue = Channel.CreateBounded<Task<PreparedPage[]>>(new BoundedChannelOptions(workers * 2)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var writerFailed = new CancellationTokenSource();
        var writing = Task.Run(() => WriteAllAsync(session, queue.Reader, writerFailed), CancellationToken.None);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, writerFailed.Token);
        Exception? readError = null;
        try
        {
            await ReadAllAsync(session, queue.Writer, linked.Token, writerFailed.Token);
        }
        catch (OperationCanceledException) when (writerFailed.IsCancellationRequested)
        {
            // The writer failed; its exception is the one to report.
        }
        catch (Exception ex)
        {
            readError = ex;
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        // Everything queued before a fault or a cancellation is still written and committed.
        await writing;
        if (readError is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(readError);
        }
    }

    private static async Task ReadAllAsync(
        ImportSession session,
        ChannelWriter<Task<PreparedPage[]>> queue,
        CancellationToken cancellationToken,
        CancellationToken writerFailed)
    {
        var skip = session.Skip;
        var chunk = new List<DumpPage>(ChunkPages);
        long chunkChars = 0;
        try
        {
            await foreach (var page in session.Reader.ReadPagesAsync(cancellationToken))
            {
                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                chunk.Add(page);
                chunkChars += page.LatestRevision?.Text?.Length ?? 0;
                if (chunk.Count >= ChunkPages || chunkChars >= ChunkChars)
                {
                    var full = chunk;
                    chunk = new List<DumpPage>(ChunkPages);
                    chunkChars = 0;
                    var work = Transform(session, full);
                    if (!queue.TryWrite(work))
                    {
                        var blocked = Stopwatch.GetTimestamp();
                        await queue.WriteAsync(work, cancellationToken);
                        session.Counters.AddReaderBlockedTicks(Stopwatch.GetTimestamp() - blocked);
                    }
                }
            }
        }
        finally
        {
            // The pages read before a fault or a cancellation are written too (unless the writer itself failed).
            if (chunk.Count > 0 && !writerFailed.IsCancellationRequested)
            {
                await queue.WriteAsync(Transform(session, chunk), writerFailed);
            }
        }
    }

    private static Task<PreparedPage[]> Transform(ImportSession session, List<DumpPage> chunk)
        => Task.Run(
            () =>
            {
                var started = Stopwatch.GetTimestamp();
                var prepared = new PreparedPage[chunk.Count];
                for (var i = 0; i < prepared.Length; i++)
                {
                    prepared[i] = session.Transformer.Prepare(chunk[i]);
                }

                session.Counters.AddTransformTicks(Stopwatch.GetTimestamp() - started);
                return prepared;
            },
            CancellationToken.None);

    private async Task WriteAllAsync(ImportSession session, ChannelReader<Task<PreparedPage[]>> queue, CancellationTokenSource failed)
    {
        var writer = session.Writer;
        var counters = session.Counters;
        var inBatch = 0;
        long batchBytes = 0;
        var lastOffset = counters.ResumeOffset;
        var multistream = session.Reader.Kind == DumpKind.Bzip2Multistream;
        try
        {
            writer.BeginBatch();
            await foreach (var work in queue.ReadAllAsync(CancellationToken.None))
            {
                var waiting = Stopwatch.GetTimestamp();
                var pages = await work;
                var started = Stopwatch.GetTimestamp();
                counters.AddWriterIdleTicks(started - waiting);
                foreach (var page in pages)
                {
                    if (page.Kind == PreparedPageKind.Skip)
                    {
                        counters.CountSkipped();
                    }
                    else
                    {
                        counters.Count(Write(session, page));
                    }

                    if (page.RevisionTimestamp is { } timestamp && (counters.NewestRevision is null || timestamp > counters.NewestRevision))
                    {
                        counters.NewestRevision = timestamp;
                    }

                    // The checkpoint: the stream of the last page written and how many of its pages are done
                    // (multistream), or how many pages from the start of the file are done (other dumps).
                    if (multistream && page.SourceOffset != lastOffset)
                    {
                        lastOffset = page.SourceOffset;
                        counters.ResumeOffset = lastOffset;
                        counters.ResumeSkip = 0;
                    }

                    counters.ResumeSkip++;
                    inBatch++;
                    batchBytes += page.Write?.Text.Utf8Length ?? 0;
                    if (inBatch >= _options.BatchSize || batchBytes >= _options.BatchBytes)
                    {
                        writer.CommitBatch(session.RunId, counters.ToRunProgress());
                        writer.BeginBatch();
                        inBatch = 0;
                        batchBytes = 0;
                    }
                }

                counters.AddWriterTicks(Stopwatch.GetTimestamp() - started);
            }

            writer.CommitBatch(session.RunId, counters.ToRunProgress());
        }
        catch
        {
            writer.RollbackBatch();
            await failed.CancelAsync();
            throw;
        }
    }

    private static PageWriteOutcome Write(ImportSession session, PreparedPage page)
    {
        if (page.Kind == PreparedPageKind.Write)
        {
            return CountSearchEntry(session, page.Write!, session.Writer.WritePage(session.RunId, page.Write!));
        }

        var outcome = session.Writer.WriteUnchanged(session.RunId, page.SourcePageId, page.RevisionId, page.Target);
        if (outcome != PageWriteOutcome.NeedsFullWrite)
        {
            return outcome;
        }

        // The candidate changed after all (the dump holds the page twice): compress and scan it here.
        var source = page.Source!;
        var write = session.Transformer.BuildWrite(source, source.LatestRevision!, page.Target);
        return CountSearchEntry(session, write, session.Writer.WritePage(session.RunId, write));
    }

    private static PageWriteOutcome CountSearchEntry(ImportSession session, PageWrite write, PageWriteOutcome outcome)
    {
        if (write.Search is not null && outcome is PageWriteOutcome.Added or PageWriteOutcome.Updated)
        {
            session.Counters.CountSearchEntry();
        }

        return outcome;
    }

    private IDisposable StartProgressReporter(
        ImportSession session,
        IProgress<ImportProgress>? progress,
        Stopwatch clock,
        long startBytes,
        bool resumed,
        out ProgressReporter reporter)
    {
        reporter = new ProgressReporter(() => new ImportProgress(
            clock.Elapsed,
            session.Counters.PagesRead,
            session.Counters.SessionPages,
            session.Counters.Added,
            session.Counters.Updated,
            session.Counters.Unchanged,
            session.Counters.Skipped,
            session.Reader.BytesRead,
            startBytes,
            session.Reader.TotalBytes,
            session.Reader.UncompressedBytesRead,
            resumed), progress, _options.ProgressInterval);
        return reporter;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Athenaeum.Storage;

namespace Athenaeum.Cli.Rendering;

/// <summary>
/// Renders pages into a directory, one <c>NAME.html</c> per page (<see cref="OutputFileName"/>), in
/// parallel: every page of one namespace of a library (<see cref="ForNamespace"/>, <c>render --all</c>) or
/// a list of wikitext files (<c>render --file … --out</c>). A page that throws or runs past the time limit
/// leaves a <c>NAME.err</c> file with the error instead, and the run goes on.
/// </summary>
/// <remarks>Not reusable: one instance per run. <see cref="Snapshot"/> may be called from any thread during <see cref="Run"/>.</remarks>
internal sealed class RenderAllRunner
{
    private const int BatchSize = 256;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IEnumerable<RenderJob> _jobs;
    private readonly RenderAllSettings _settings;
    private readonly Action<RenderFailure>? _onFailure;
    private readonly ConcurrentQueue<RenderFailure> _failures = new();
    private readonly Stopwatch _clock = new();
    private long _done;
    private long _errors;
    private long _renderTicks;
    private long _luaTicks;

    /// <summary>Initializes a new instance of the <see cref="RenderAllRunner"/> class.</summary>
    /// <param name="jobs">The pages to render, read lazily once.</param>
    /// <param name="total">How many <paramref name="jobs"/> holds (for progress).</param>
    /// <param name="settings">Where to write, how many workers, the time limit per page.</param>
    /// <param name="onFailure">Told of each failure as it happens, on a worker thread.</param>
    public RenderAllRunner(IEnumerable<RenderJob> jobs, long total, RenderAllSettings settings, Action<RenderFailure>? onFailure = null)
    {
        _jobs = jobs;
        _onFailure = onFailure;
        _settings = settings;
        Total = total;
    }

    /// <summary>Gets the number of pages the run will render.</summary>
    public long Total { get; }

    /// <summary>Gets the progress so far.</summary>
    /// <returns>A snapshot.</returns>
    public RenderAllProgress Snapshot()
        => new(Interlocked.Read(ref _done), Total, Interlocked.Read(ref _errors), _clock.Elapsed);

    /// <summary>Renders the pages.</summary>
    /// <param name="cancellationToken">Stops the run after the pages being rendered.</param>
    /// <returns>The summary; <see cref="RenderAllSummary.Interrupted"/> when cancelled.</returns>
    /// <exception cref="IOException">The output directory cannot be created.</exception>
    public RenderAllSummary Run(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_settings.OutputDirectory);
        _clock.Start();
        var interrupted = false;
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = _settings.Jobs, CancellationToken = cancellationToken };
            Parallel.ForEach(Partitioner.Create(_jobs.TakeWhile(_ => !cancellationToken.IsCancellationRequested), EnumerablePartitionerOptions.NoBuffering), options, job => RenderOne(job, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        _clock.Stop();
        interrupted |= cancellationToken.IsCancellationRequested;
        return new RenderAllSummary(
            Interlocked.Read(ref _done),
            [.. _failures],
            _clock.Elapsed,
            TimeSpan.FromTicks(Interlocked.Read(ref _renderTicks)),
            TimeSpan.FromTicks(Interlocked.Read(ref _luaTicks)),
            interrupted);
    }

    /// <summary>Creates the run of every current page of one namespace of a library.</summary>
    /// <param name="library">The library to read pages from.</param>
    /// <param name="renderer">The renderer of that library.</param>
    /// <param name="ns">The namespace.</param>
    /// <param name="settings">Where to write, how many workers, the time limit per page.</param>
    /// <param name="onFailure">Told of each failure as it happens, on a worker thread.</param>
    /// <returns>The run.</returns>
    public static RenderAllRunner ForNamespace(ILibraryProvider library, PageRenderer renderer, int ns, RenderAllSettings settings, Action<RenderFailure>? onFailure = null)
    {
        var total = library.Site.GetStatistics().PagesPerNamespace.Where(n => n.Namespace == ns).Sum(n => n.Pages);
        var jobs = Pages(library, ns).Select(page =>
        {
            var title = renderer.PrefixedTitle(page.Namespace, page.Title);
            return new RenderJob(title, title, token => renderer.RenderPage(page, token));
        });
        return new RenderAllRunner(jobs, total, settings, onFailure);
    }

    private static IEnumerable<PageRecord> Pages(ILibraryProvider library, int ns)
    {
        var after = 0L;
        while (true)
        {
            var batch = library.Pages.ReadPagesAfter(after, BatchSize);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var page in batch)
            {
                if (page.Namespace == ns && !page.IsRemoved)
                {
                    yield return page;
                }
            }

            after = batch[^1].Id;
        }
    }

    private void RenderOne(RenderJob job, CancellationToken cancellationToken)
    {
        var title = job.Label;
        var name = OutputFileName.Stem(job.Title);
        var refusal = job.Refusal;
        if (refusal is null && name.Length + ".html".Length > OutputFileName.MaxFileNameLength)
        {
            // The stem is ASCII, so its length is its size in bytes; no NAME.err can be written either.
            refusal = $"its file name would be {name.Length + 5} bytes, more than the {OutputFileName.MaxFileNameLength} a file system allows; the page is not rendered";
        }

        if (refusal is not null)
        {
            var refused = new RenderFailure(title, refusal);
            Interlocked.Increment(ref _errors);
            Interlocked.Increment(ref _done);
            _failures.Enqueue(refused);
            _onFailure?.Invoke(refused);
            return;
        }

        var stem = Path.Combine(_settings.OutputDirectory, name);
        var started = Stopwatch.GetTimestamp();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_settings.PageTimeLimit);
        try
        {
            var rendered = job.Render(limit.Token);
            File.WriteAllText(stem + ".html", rendered.Html, Utf8);
            File.Delete(stem + ".err");
            Interlocked.Add(ref _luaTicks, rendered.LuaTime.Ticks);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the page is neither written nor failed; Parallel.ForEach stops the run.
            return;
        }
#pragma warning disable CA1031 // Any failure of one page is reported and the run goes on (the brief of --all).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // A file that cannot be read is the reader's problem and its message says so; anything else is
            // the renderer's fault, and the exception's type helps whoever reports it.
            var message = limit.IsCancellationRequested
                ? $"the render took longer than {_settings.PageTimeLimit.TotalSeconds:0} s"
                : ex is IOException or UnauthorizedAccessException ? ex.Message : ex.GetType().Name + ": " + ex.Message;
            Fail(title, stem, message, ex);
        }
        finally
        {
            Interlocked.Add(ref _renderTicks, Stopwatch.GetElapsedTime(started).Ticks);
            Interlocked.Increment(ref _done);
        }
    }

    private void Fail(string title, string stem, string message, Exception ex)
    {
        var failure = new RenderFailure(title, message.ReplaceLineEndings(" "));
        Interlocked.Increment(ref _errors);
        try
        {
            // fidelity.py scores a page with NAME.err as 0, whatever an older NAME.html says.
            File.Delete(stem + ".html");
            File.WriteAllText(stem + ".err", title + "\n" + failure.Message + "\n\n" + ex + "\n", Utf8);
        }
        catch (Exception writeError) when (writeError is IOException or UnauthorizedAccessException)
        {
            // A name the file system refuses (too long, say) is reported with the failure.
            failure = failure with { Message = failure.Message + " (and " + stem + ".err could not be written: " + writeError.Message + ")" };
        }

        _failures.Enqueue(failure);
        _onFailure?.Invoke(failure);
    }
}

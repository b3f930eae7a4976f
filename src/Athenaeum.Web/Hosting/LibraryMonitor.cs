using Athenaeum.Web.Caching;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Search;

namespace Athenaeum.Web.Hosting;

/// <summary>
/// The server's background work: opens the library at start-up (so that a bad path fails at once,
/// naming the path), brings the search index up to date, and checks every few seconds whether an
/// import changed the library (then caches are dropped and the index is brought up to date again). Category pages
/// whose hidden flag is not decided (or stale) are decided before serving, within
/// <see cref="AthenaeumOptions.HiddenCategoriesStartSeconds"/>, and the rest in the background, as after each import.
/// </summary>
internal sealed partial class LibraryMonitor : BackgroundService
{
    private readonly IServiceProvider _services;
    private readonly AthenaeumOptions _options;
    private readonly ILogger<LibraryMonitor> _logger;
    private bool _hiddenPending = true;

    public LibraryMonitor(IServiceProvider services, AthenaeumOptions options, ILogger<LibraryMonitor> logger)
    {
        _services = services;
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc/>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the context opens the library: a missing or empty library stops the server here.
        var library = _services.GetRequiredService<LibraryContext>();
        if (library.ReadOnly is { } serving)
        {
            LogServingReadOnly(library, serving);
        }
        else if (_options.HiddenCategoriesStartSeconds > 0)
        {
            // Usually nothing to do (the import decided every category page); a library from an older version or from
            // the library API is decided here, so that the first pages served already leave hidden categories out.
            _hiddenPending = !await ScanHiddenCategoriesAsync(TimeSpan.FromSeconds(_options.HiddenCategoriesStartSeconds), cancellationToken).ConfigureAwait(false);
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var generation = _services.GetRequiredService<LibraryGeneration>();
        var search = _services.GetRequiredService<SearchIndexSynchronizer>();
        // A read-only library's index is used as it is: the synchroniser would write into the library.
        var readOnly = _services.GetRequiredService<LibraryContext>().ReadOnly is not null;
        var pending = _options.SynchronizeSearchOnStart && !readOnly;
        var interval = TimeSpan.FromSeconds(Math.Clamp(_options.GenerationCheckSeconds, 0.1, 3600));
        var rankingPending = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (generation.Refresh())
                {
                    pending = !readOnly;

                    // Another process imported: what ranking keeps in memory may be stale; it is loaded again below.
                    _services.GetRequiredService<LibraryContext>().Stores.Search.ForgetCachedState();
                    rankingPending = true;

                    // The hidden-category pass expands templates through the shared page source: it must see the new ones.
                    _services.GetRequiredService<LibraryContext>().PageSource.Clear();
                }

                if (rankingPending && generation.IsSettled)
                {
                    // Each article's word count, which ranking needs for every match, read at once rather than learned
                    // by the first searches (a 149,490-article library: a fraction of a second).
                    rankingPending = false;
                    var index = _services.GetRequiredService<LibraryContext>().Stores.Search;
                    LogRankingPrepared(await Task.Run(() => index.PrepareRanking(stoppingToken), stoppingToken).ConfigureAwait(false));
                }

                if (pending && generation.IsSettled)
                {
                    var changed = await search.SynchronizeAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
                    pending = false;
                    _hiddenPending = true;
                    if (changed > 0)
                    {
                        _services.GetRequiredService<SearchIndexStatus>().Invalidate();
                        LogIndexed(changed);
                    }
                }

                if (_hiddenPending && !readOnly && generation.IsSettled)
                {
                    _hiddenPending = !await ScanHiddenCategoriesAsync(null, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogCheckFailed(ex);
            }

            try
            {
                await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Decides the category pages whose hidden flag is missing or stale; true when the pass looked at every page.
    // A pass that fails (a broken library) is logged once and tried again after the next import, not every few seconds.
    private async Task<bool> ScanHiddenCategoriesAsync(TimeSpan? budget, CancellationToken cancellationToken)
    {
        HiddenCategoryScanResult result;
        try
        {
            result = await _services.GetRequiredService<HiddenCategoryScanner>().SynchronizeAsync(budget, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            LogHiddenFailed(ex);
            return true;
        }

        if (result.Decided > 0)
        {
            _services.GetRequiredService<HiddenCategories>().Forget();
            _services.GetRequiredService<ResponseCache>().Clear();
            LogHiddenDecided(result.Decided, result.Checked, result.Hidden, (long)result.Elapsed.TotalMilliseconds);
        }

        return result.IsComplete;
    }

    private void LogServingReadOnly(LibraryContext library, ReadOnlyServing serving)
    {
        var state = serving.StateLocation is { } location
            ? "readers' flags, the mail log and rate limits go to " + location
            : "the Flag and Email forms are off: " + serving.StateProblem;
        LogReadOnly(library.Provider.Location, serving.Reason, serving.Immutable ? ", immutable" : string.Empty, state);

        // Counting walks the articles once; worth it to tell the operator that search is partial.
        var coverage = _services.GetRequiredService<SearchIndexStatus>().Get();
        if (!coverage.IsComplete)
        {
            LogIndexIncomplete(coverage.Indexed, coverage.Total);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Library} read-only ({Reason}{Immutable}); renderings are kept in memory; {State}")]
    private partial void LogReadOnly(string library, string reason, string immutable, string state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index is not complete ({Indexed} of {Total} articles indexed) and the library is read-only, so it stays so: searching covers only the indexed part (index a writable copy with 'athenaeum import' or by serving it writable)")]
    private partial void LogIndexIncomplete(long indexed, long total);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search ranking: word counts of {Count} pages loaded")]
    private partial void LogRankingPrepared(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index: {Count} pages added, updated or removed")]
    private partial void LogIndexed(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hidden categories: {Decided} of {Checked} category pages decided ({Hidden} hidden) in {Milliseconds} ms")]
    private partial void LogHiddenDecided(long decided, long @checked, long hidden, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deciding which category pages are hidden failed; undecided ones are shown until the next import")]
    private partial void LogHiddenFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the library for changes failed")]
    private partial void LogCheckFailed(Exception exception);
}

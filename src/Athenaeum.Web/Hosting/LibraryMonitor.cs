using Athenaeum.Web.Search;

namespace Athenaeum.Web.Hosting;

/// <summary>
/// The server's background work: opens the library at start-up (so that a bad path fails at once,
/// naming the path), brings the search index up to date, and checks every few seconds whether an
/// import changed the library (then caches are dropped and the index is brought up to date again).
/// </summary>
internal sealed partial class LibraryMonitor : BackgroundService
{
    private readonly IServiceProvider _services;
    private readonly AthenaeumOptions _options;
    private readonly ILogger<LibraryMonitor> _logger;

    public LibraryMonitor(IServiceProvider services, AthenaeumOptions options, ILogger<LibraryMonitor> logger)
    {
        _services = services;
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc/>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the context opens the library: a missing or empty library stops the server here.
        _ = _services.GetRequiredService<LibraryContext>();
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var generation = _services.GetRequiredService<LibraryGeneration>();
        var search = _services.GetRequiredService<SearchIndexSynchronizer>();
        var pending = _options.SynchronizeSearchOnStart;
        var interval = TimeSpan.FromSeconds(Math.Clamp(_options.GenerationCheckSeconds, 0.1, 3600));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (generation.Refresh())
                {
                    pending = true;
                }

                if (pending && generation.IsSettled)
                {
                    var changed = await search.SynchronizeAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
                    pending = false;
                    if (changed > 0)
                    {
                        _services.GetRequiredService<SearchIndexStatus>().Invalidate();
                        LogIndexed(changed);
                    }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index: {Count} pages added, updated or removed")]
    private partial void LogIndexed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the library for changes failed")]
    private partial void LogCheckFailed(Exception exception);
}

using System.Threading.Channels;

namespace Athenaeum.Web.Rendering;

/// <summary>
/// Writes to the library that a request causes (a new rendering, the links it found) run here, one at a
/// time on a background task, so that no request waits for the database's write lock (an import may
/// hold it). When the queue is full, writes are dropped: they are caches, made again on a later view.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed partial class CacheWriteQueue : IAsyncDisposable
{
    private const int Capacity = 2048;

    private readonly Channel<(string What, Action Write)> _channel =
        Channel.CreateBounded<(string, Action)>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly ILogger<CacheWriteQueue> _logger;
    private readonly Task _worker;
    private long _pending;

    public CacheWriteQueue(ILogger<CacheWriteQueue> logger)
    {
        _logger = logger;
        _worker = Task.Run(RunAsync);
    }

    /// <summary>Gets how many writes wait.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Queues a write.</summary>
    /// <param name="what">What it writes, for the log.</param>
    /// <param name="write">The write.</param>
    public void Enqueue(string what, Action write)
    {
        if (_channel.Writer.TryWrite((what, write)))
        {
            Interlocked.Increment(ref _pending);
        }
    }

    /// <summary>Waits until the queued writes are done (tests and the render command).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the queue is empty.</returns>
    public async Task DrainAsync(CancellationToken cancellationToken = default)
    {
        while (Pending > 0)
        {
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _worker.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        await foreach (var (what, write) in _channel.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                write();
            }
            catch (Exception ex) when (ex is Storage.LibraryException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                LogWriteFailed(ex, what);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store {What} in the library")]
    private partial void LogWriteFailed(Exception exception, string what);
}

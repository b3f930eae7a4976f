namespace Athenaeum.Import;

/// <summary>Reports progress snapshots on a timer until stopped, and once more at the end.</summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly Func<ImportProgress> _snapshot;
    private readonly IProgress<ImportProgress>? _progress;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ProgressReporter(Func<ImportProgress> snapshot, IProgress<ImportProgress>? progress, TimeSpan? interval = null)
    {
        _snapshot = snapshot;
        _progress = progress;
        _loop = progress is null ? Task.CompletedTask : Task.Run(() => LoopAsync(interval ?? TimeSpan.FromMilliseconds(250)));
    }

    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
            await _loop;
            _progress?.Report(_snapshot());
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                _progress!.Report(_snapshot());
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}

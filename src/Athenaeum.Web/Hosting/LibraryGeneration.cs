using System.Globalization;
using Athenaeum.Storage;

namespace Athenaeum.Web.Hosting;

/// <summary>
/// The library's generation: a stamp of its latest import run (id, status and counters), which changes
/// whenever an import commits pages. Everything the site caches in memory is tagged with the
/// generation it was made in, so that a new import makes it stale at once, at the cost of one in-memory
/// comparison per request; <see cref="Refresh"/> reads the stamp (the server does so every few seconds).
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class LibraryGeneration
{
    private readonly IImportRunStore _runs;
    private readonly Lock _lock = new();
    private State _state;

    public LibraryGeneration(IImportRunStore runs, TimeProvider clock)
    {
        _runs = runs;
        Clock = clock;
        _state = new State(ReadStamp(), 1, clock.GetUtcNow());
    }

    /// <summary>Raised after the generation changed (on the thread that noticed it).</summary>
    public event EventHandler? Changed;

    /// <summary>Gets the clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Gets the current stamp.</summary>
    public string Stamp => Volatile.Read(ref _state).Stamp;

    /// <summary>Gets a number that grows by one with every change seen by this process.</summary>
    public long Number => Volatile.Read(ref _state).Number;

    /// <summary>Gets when this process saw the current generation first.</summary>
    public DateTimeOffset Since => Volatile.Read(ref _state).Since;

    /// <summary>Gets a value indicating whether the latest import run has finished (the library is not being written).</summary>
    public bool IsSettled { get; private set; } = true;

    /// <summary>Reads the stamp from the library and raises <see cref="Changed"/> when it differs.</summary>
    /// <returns><see langword="true"/> when the generation changed.</returns>
    public bool Refresh()
    {
        var stamp = ReadStamp();
        lock (_lock)
        {
            if (string.Equals(stamp, _state.Stamp, StringComparison.Ordinal))
            {
                return false;
            }

            Volatile.Write(ref _state, new State(stamp, _state.Number + 1, Clock.GetUtcNow()));
        }

        Changed?.Invoke(this, EventArgs.Empty);
        return true;
    }

    private string ReadStamp()
    {
        var run = _runs.GetLatestRun();
        if (run is null)
        {
            return "0";
        }

        IsSettled = run.Status != ImportRunStatus.Running;
        var p = run.Progress;
        return string.Create(CultureInfo.InvariantCulture, $"{run.Id}.{(int)run.Status}.{p.PagesRead}.{p.Added}.{p.Updated}.{run.Removed}");
    }

    private sealed record State(string Stamp, long Number, DateTimeOffset Since);
}

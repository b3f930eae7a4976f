namespace Athenaeum.Cli.Output;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its handler on the reporting thread, in order (unlike
/// <see cref="Progress{T}"/>, which posts to the thread pool, where reports can overtake each other).
/// </summary>
/// <typeparam name="T">The reported value.</typeparam>
internal sealed class SynchronousProgress<T> : IProgress<T>
{
    private readonly Action<T> _handler;

    public SynchronousProgress(Action<T> handler) => _handler = handler;

    public void Report(T value) => _handler(value);
}

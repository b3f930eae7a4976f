using System.Runtime.InteropServices;

namespace Athenaeum.Cli.Output;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancellation, so that an import commits what it has
/// read and says how to resume; a second signal ends the process at once (what is committed stays).
/// System.CommandLine's own handling is off because it ends the process after a fixed two seconds.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public TerminationSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    public CancellationToken Token => _cancellation.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancellation.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_cancellation.IsCancellationRequested)
        {
            // Second signal: let the default action end the process.
            return;
        }

        context.Cancel = true;
        _cancellation.Cancel();
    }
}

using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Athenaeum.Dump;

/// <summary>Enumerating pages: a parsing thread feeds a bounded queue the caller drains.</summary>
public sealed partial class DumpReader
{
    /// <summary>How many parsed pages may wait for the caller.</summary>
    private const int PageQueueCapacity = 64;

    /// <summary>Reads the pages in dump order.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The pages, one at a time. XML is parsed on a thread of its own, a few pages ahead of the caller.</returns>
    /// <exception cref="DumpFormatException">The dump is corrupt, truncated or malformed; raised after every page before the fault.</exception>
    /// <exception cref="InvalidOperationException">The pages were already enumerated: a reader reads its dump once.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    public async IAsyncEnumerable<DumpPage> ReadPagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("ReadPagesAsync reads a dump once per DumpReader; open the dump again to read it again.");
        }

        var channel = Channel.CreateBounded<DumpPage>(new BoundedChannelOptions(PageQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var token = linked.Token;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _parsing = finished.Task;
        var thread = new Thread(() => ParseLoop(channel.Writer, token, finished))
        {
            IsBackground = true,
            Name = "Athenaeum dump parser",
        };
        thread.Start();
        try
        {
            await foreach (var page in channel.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                // ReadAllAsync drains queued pages without looking at the token: cancel between pages.
                token.ThrowIfCancellationRequested();
                yield return page;
            }
        }
        finally
        {
            // Leaving early (break, exception, cancellation) stops the parsing thread and waits for it.
            if (!finished.Task.IsCompleted)
            {
                await linked.CancelAsync();
                _source.Stop();
            }

            await finished.Task.ConfigureAwait(false);
        }
    }

    private void ParseLoop(ChannelWriter<DumpPage> writer, CancellationToken cancellationToken, TaskCompletionSource finished)
    {
        Exception? error = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested && _parser.ReadNextPage() is { } page)
            {
                while (!writer.TryWrite(page))
                {
                    // This thread exists to block here: it waits for the caller to take pages.
                    if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error = new OperationCanceledException(cancellationToken);
        }
        catch (Exception ex)
        {
            error = ex;
        }
        finally
        {
            writer.TryComplete(error);
            finished.TrySetResult();
        }
    }
}

using System.Runtime.ExceptionServices;

namespace Athenaeum.Dump.Input;

/// <summary>The worker threads and the ring they fill.</summary>
internal sealed partial class ParallelMultistreamSource
{
    private void WorkerLoop()
    {
        try
        {
            using var decoder = new StreamDecoder(_file, _path, _fileLength);
            while (TryAssign(out var index, out var start))
            {
                var result = decoder.Decode(start, MaxBufferedStreamBytes, () => Volatile.Read(ref _stopped));
                lock (_gate)
                {
                    if (_stopped)
                    {
                        result.Release();
                        return;
                    }

                    _ring[index % Capacity] = result;
                    if (result.IsComplete)
                    {
                        _buffered++;
                        _peakBuffered = Math.Max(_peakBuffered, _buffered);
                    }

                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception ex)
        {
            // An unexpected failure (libbz2 missing, out of memory) reaches the reader instead of ending the process.
            lock (_gate)
            {
                _failure ??= ex;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private bool TryAssign(out long index, out long start)
    {
        lock (_gate)
        {
            while (!_stopped && !_startsDone && _failure is null && _assigned - _taken >= Capacity)
            {
                Monitor.Wait(_gate);
            }

            index = start = 0;
            if (_stopped || _startsDone || _failure is not null)
            {
                return false;
            }

            try
            {
                if (!_starts.TryGetNext(out start))
                {
                    _startsDone = true;
                    Monitor.PulseAll(_gate);
                    return false;
                }
            }
            catch (Exception ex) when (ex is DumpFormatException or IOException)
            {
                _failure = ex;
                _startsDone = true;
                Monitor.PulseAll(_gate);
                return false;
            }

            index = _assigned++;
            return true;
        }
    }

    private DecodedStream? TakeJob()
    {
        lock (_gate)
        {
            while (true)
            {
                if (_stopped)
                {
                    throw new OperationCanceledException("The dump reader was stopped.");
                }

                if (_taken < _assigned && _ring[_taken % Capacity] is { } ready)
                {
                    _ring[_taken % Capacity] = null;
                    _taken++;
                    Monitor.PulseAll(_gate);
                    return ready;
                }

                if (_taken == _assigned && _failure is not null)
                {
                    ExceptionDispatchInfo.Capture(_failure).Throw();
                }

                if (_taken == _assigned && _startsDone)
                {
                    return null;
                }

                Monitor.Wait(_gate);
            }
        }
    }

    private void ReleaseTaken(DecodedStream stream)
    {
        var counted = stream.IsComplete;
        stream.Release();
        if (counted)
        {
            lock (_gate)
            {
                _buffered--;
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Athenaeum.Bench.Render;

/// <summary>
/// Samples the runtime's allocation ticks (one event per ~100 KB allocated, with the type of the
/// object that crossed the mark) while enabled: which types the renderer's allocations are made of
/// (<c>--alloc</c>).
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    /// <summary>Prints the types by sampled bytes, largest first.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="top">How many types.</param>
    public void Print(TextWriter output, int top)
    {
        var total = _bytes.Values.Sum();
        foreach (var (type, bytes) in _bytes.OrderByDescending(kv => kv.Value).Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alloc {100.0 * bytes / Math.Max(1, total),5:F1} %  {bytes / 1e6,8:F0} MB  {type}"));
        }
    }

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (string.Equals(eventSource.Name, "Microsoft-Windows-DotNETRuntime", StringComparison.Ordinal))
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate(type, amount, (_, b) => b + amount);
    }
}

using System.Collections.Concurrent;
using Athenaeum.Storage;

namespace Athenaeum.Web.Hosting;

/// <summary>
/// Settings of a read-only library with no state database: read from the library, and what the server
/// creates (the address-hashing key) kept in memory for this run.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class MemorySettings(ILibrarySettings library) : ILibrarySettings
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : library.Get(name);

    /// <inheritdoc/>
    public string GetOrAdd(string name, Func<string> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return Get(name) ?? _values.GetOrAdd(name, _ => create());
    }

    /// <inheritdoc/>
    public void Set(string name, string value) => _values[name] = value;
}

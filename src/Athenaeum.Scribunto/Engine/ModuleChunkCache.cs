using System.Collections.Concurrent;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// The bytecode of compiled module pages, shared by every state of a pool: a state that needs a
/// module it has not compiled yet (a new state, or a fresh copy because the cached closure is
/// running in another environment) loads the bytecode another state dumped instead of compiling
/// the source again. Keyed by chunk name and checked against the full source text, so a changed
/// page is compiled anew. Bytecode only ever comes from the host's own dump of source text.
/// </summary>
/// <remarks>Thread-safe. Holds at most <see cref="MaxBytes"/> of bytecode; past that, new modules are compiled as before.</remarks>
internal sealed class ModuleChunkCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _bytes;
    private int _compiled;

    /// <summary>Gets the bytecode the cache may hold in all (bytes).</summary>
    public static long MaxBytes => 64L * 1024 * 1024;

    /// <summary>Gets how many times module source was compiled (for measurements and tests).</summary>
    public int Compiled => _compiled;

    /// <summary>Counts one compilation of module source.</summary>
    public void CountCompile() => Interlocked.Increment(ref _compiled);

    /// <summary>Looks up the bytecode of a module page.</summary>
    /// <param name="chunkName">The chunk name.</param>
    /// <param name="text">The module's source text.</param>
    /// <param name="bytecode">The bytecode when found.</param>
    /// <returns>Whether bytecode of exactly this text was found.</returns>
    public bool TryGet(string chunkName, string text, out byte[] bytecode)
    {
        if (_entries.TryGetValue(chunkName, out var entry) && string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            bytecode = entry.Bytecode;
            return true;
        }

        bytecode = [];
        return false;
    }

    /// <summary>Stores the bytecode of a module page, unless the cache is full.</summary>
    /// <param name="chunkName">The chunk name.</param>
    /// <param name="text">The module's source text.</param>
    /// <param name="bytecode">Its bytecode, as the host dumped it.</param>
    public void Add(string chunkName, string text, byte[] bytecode)
    {
        var size = bytecode.Length + (2L * text.Length);
        if (Interlocked.Add(ref _bytes, size) > MaxBytes)
        {
            Interlocked.Add(ref _bytes, -size);
            return;
        }

        if (_entries.TryGetValue(chunkName, out var old))
        {
            // a changed page: the old text's bytecode is dropped from the budget
            if (_entries.TryUpdate(chunkName, new Entry(text, bytecode), old))
            {
                Interlocked.Add(ref _bytes, -(old.Bytecode.Length + (2L * old.Text.Length)));
                return;
            }
        }
        else if (_entries.TryAdd(chunkName, new Entry(text, bytecode)))
        {
            return;
        }

        Interlocked.Add(ref _bytes, -size);
    }

    private sealed record Entry(string Text, byte[] Bytecode);
}

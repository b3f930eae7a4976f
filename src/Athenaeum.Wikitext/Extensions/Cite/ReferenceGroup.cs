namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// The references of one group in registration order, keyed by name, or by a running index for
/// anonymous ones (names are never all digits, so the keys cannot clash). Keeps PHP array semantics:
/// removing an entry leaves the others in place, and the index of anonymous entries never goes back.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class ReferenceGroup
{
    private readonly OrderedDictionary<string, Reference> _entries = new(StringComparer.Ordinal);
    private int _nextIndex;

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the entries in order.</summary>
    public IReadOnlyList<KeyValuePair<string, Reference>> Entries => [.. _entries];

    /// <summary>Appends an anonymous entry under the next index.</summary>
    /// <param name="reference">The reference.</param>
    public void Append(Reference reference)
        => _entries[(_nextIndex++).ToString(System.Globalization.CultureInfo.InvariantCulture)] = reference;

    /// <summary>Sets a named entry, keeping its position when it exists.</summary>
    /// <param name="name">The name.</param>
    /// <param name="reference">The reference.</param>
    public void Set(string name, Reference reference) => _entries[name] = reference;

    /// <summary>Finds an entry by key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="reference">The reference.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string key, out Reference reference) => _entries.TryGetValue(key, out reference!);

    /// <summary>Removes an entry.</summary>
    /// <param name="key">The key.</param>
    public void Remove(string key) => _entries.Remove(key);

    /// <summary>Finds the key of the entry with a sequence key.</summary>
    /// <param name="sequenceKey">The reference's <see cref="Reference.Key"/>.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    public string? FindKeyOf(int sequenceKey)
    {
        foreach (var (key, reference) in _entries)
        {
            if (reference.Key == sequenceKey)
            {
                return key;
            }
        }

        return null;
    }
}

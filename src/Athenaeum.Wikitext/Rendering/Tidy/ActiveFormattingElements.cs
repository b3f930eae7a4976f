namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// The list of active formatting elements (WHATWG HTML §13.2.4.3): formatting elements that are
/// reopened when content continues after they were implicitly closed. Markers (null entries) separate
/// the contents of cells, captions, applets, objects, marquees and templates.
/// </summary>
/// <remarks>Not thread-safe; lives for one parse.</remarks>
internal sealed class ActiveFormattingElements
{
    /// <summary>A placeholder entry used by the adoption agency algorithm.</summary>
    public static readonly TreeElement Bookmark = new(HtmlNamespace.Html, "#bookmark", HtmlAttributeList.Empty);

    private readonly List<TreeElement?> _entries = [];

    /// <summary>Gets the number of entries (markers included).</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the entry at <paramref name="index"/> (null for a marker).</summary>
    /// <param name="index">The index.</param>
    public TreeElement? this[int index] => _entries[index];

    /// <summary>Pushes a formatting element, applying the Noah's Ark clause (at most three equal ones after the last marker).</summary>
    /// <param name="element">The element.</param>
    public void Push(TreeElement element)
    {
        var count = 0;
        var earliest = -1;
        for (var i = _entries.Count - 1; i >= 0 && _entries[i] is not null; i--)
        {
            var entry = _entries[i]!;
            if (!ReferenceEquals(entry, Bookmark) && IsSameKind(entry, element))
            {
                count++;
                earliest = i;
            }
        }

        if (count >= 3)
        {
            _entries.RemoveAt(earliest);
        }

        _entries.Add(element);
    }

    /// <summary>Inserts a marker.</summary>
    public void InsertMarker() => _entries.Add(null);

    /// <summary>Removes entries up to and including the last marker.</summary>
    public void ClearToLastMarker()
    {
        while (_entries.Count > 0)
        {
            var entry = _entries[^1];
            _entries.RemoveAt(_entries.Count - 1);
            if (entry is null)
            {
                return;
            }
        }
    }

    /// <summary>Finds the last HTML element named <paramref name="name"/> after the last marker.</summary>
    /// <param name="name">The tag name.</param>
    /// <returns>The element, or null.</returns>
    public TreeElement? FindAfterLastMarker(string name)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var entry = _entries[i];
            if (entry is null)
            {
                return null;
            }

            if (entry.IsHtml(name))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Gets the index of an entry, or -1.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The index.</returns>
    public int IndexOf(TreeElement element)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_entries[i], element))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets whether the element is in the list.</summary>
    /// <param name="element">The element.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(TreeElement element) => IndexOf(element) >= 0;

    /// <summary>Removes an element (no-op when absent).</summary>
    /// <param name="element">The element.</param>
    public void Remove(TreeElement element)
    {
        var index = IndexOf(element);
        if (index >= 0)
        {
            _entries.RemoveAt(index);
        }
    }

    /// <summary>Replaces an entry in place.</summary>
    /// <param name="old">The entry.</param>
    /// <param name="replacement">The replacement.</param>
    public void Replace(TreeElement old, TreeElement replacement)
    {
        var index = IndexOf(old);
        if (index >= 0)
        {
            _entries[index] = replacement;
        }
    }

    /// <summary>Inserts an entry right after another.</summary>
    /// <param name="existing">The entry to insert after.</param>
    /// <param name="element">The new entry.</param>
    public void InsertAfter(TreeElement existing, TreeElement element) => _entries.Insert(IndexOf(existing) + 1, element);

    /// <summary>Same tag name, namespace and attributes (names and values, in any order).</summary>
    private static bool IsSameKind(TreeElement a, TreeElement b)
    {
        if (a.Namespace != b.Namespace || !string.Equals(a.Name, b.Name, StringComparison.Ordinal)
            || a.Attributes.Count != b.Attributes.Count)
        {
            return false;
        }

        foreach (var (name, value) in a.Attributes.Items)
        {
            if (!string.Equals(b.Attributes.Get(name), value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

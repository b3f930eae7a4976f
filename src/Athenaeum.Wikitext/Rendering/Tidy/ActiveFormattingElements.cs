namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// The list of active formatting elements (WHATWG HTML §13.2.4.3): formatting elements that are
/// reopened when content continues after they were implicitly closed. Markers (null entries) separate
/// the contents of cells, captions, applets, objects, marquees and templates. Each segment between
/// markers keeps an index by tag name and by "kind" (name plus attributes, for the Noah's Ark clause),
/// so that pushes and lookups stay cheap however long the list grows (RemexHtml keeps a similar table).
/// </summary>
/// <remarks>Not thread-safe; lives for one parse.</remarks>
internal sealed class ActiveFormattingElements
{
    /// <summary>A placeholder entry used by the adoption agency algorithm.</summary>
    public static readonly TreeElement Bookmark = new(HtmlNamespace.Html, "#bookmark", HtmlAttributeList.Empty);

    private readonly List<TreeElement?> _entries = [];
    private readonly Stack<Segment> _segments = new([new Segment()]);

    /// <summary>Gets the number of entries (markers included).</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the entry at <paramref name="index"/> (null for a marker).</summary>
    /// <param name="index">The index.</param>
    public TreeElement? this[int index] => _entries[index];

    /// <summary>Pushes a formatting element, applying the Noah's Ark clause (at most three equal ones after the last marker).</summary>
    /// <param name="element">The element.</param>
    public void Push(TreeElement element)
    {
        var segment = _segments.Peek();
        var bucket = segment.Bucket(element);
        var same = 0;
        TreeElement? earliest = null;
        foreach (var entry in bucket)
        {
            if (IsSameKind(entry, element))
            {
                same++;
                earliest ??= entry;
            }
        }

        if (same >= 3)
        {
            Remove(earliest!);
        }

        _entries.Add(element);
        segment.Add(element);
    }

    /// <summary>Inserts a marker.</summary>
    public void InsertMarker()
    {
        _entries.Add(null);
        _segments.Push(new Segment());
    }

    /// <summary>Removes entries up to and including the last marker.</summary>
    public void ClearToLastMarker()
    {
        while (_entries.Count > 0)
        {
            var entry = _entries[^1];
            _entries.RemoveAt(_entries.Count - 1);
            if (entry is not null)
            {
                entry.InFormattingList = false;
            }
            else
            {
                if (_segments.Count > 1)
                {
                    _segments.Pop();
                }

                return;
            }
        }

        _segments.Clear();
        _segments.Push(new Segment());
    }

    /// <summary>Finds the last HTML element named <paramref name="name"/> after the last marker.</summary>
    /// <param name="name">The tag name.</param>
    /// <returns>The element, or null.</returns>
    public TreeElement? FindAfterLastMarker(string name)
    {
        if (!_segments.Peek().HasName(name))
        {
            return null;
        }

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
        if (!ReferenceEquals(element, Bookmark) && !element.InFormattingList)
        {
            return -1;
        }

        return _entries.LastIndexOf(element);
    }

    /// <summary>Gets whether the element is in the list.</summary>
    /// <param name="element">The element.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(TreeElement element) => element.InFormattingList;

    /// <summary>Removes an element (no-op when absent).</summary>
    /// <param name="element">The element.</param>
    public void Remove(TreeElement element)
    {
        var index = IndexOf(element);
        if (index < 0)
        {
            return;
        }

        _entries.RemoveAt(index);
        SegmentOf(index).Remove(element);
    }

    /// <summary>Replaces an entry in place.</summary>
    /// <param name="old">The entry.</param>
    /// <param name="replacement">The replacement.</param>
    public void Replace(TreeElement old, TreeElement replacement)
    {
        var index = IndexOf(old);
        if (index < 0)
        {
            return;
        }

        _entries[index] = replacement;
        var segment = SegmentOf(index);
        segment.Remove(old);
        segment.Add(replacement);
    }

    /// <summary>Replaces the entry at <paramref name="index"/>, which is after the last marker (reconstruction).</summary>
    /// <param name="index">The index.</param>
    /// <param name="replacement">The replacement.</param>
    public void ReplaceAfterLastMarker(int index, TreeElement replacement)
    {
        var old = _entries[index]!;
        _entries[index] = replacement;
        var segment = _segments.Peek();
        segment.Remove(old);
        segment.Add(replacement);
    }

    /// <summary>Inserts an entry right after another.</summary>
    /// <param name="existing">The entry to insert after.</param>
    /// <param name="element">The new entry.</param>
    public void InsertAfter(TreeElement existing, TreeElement element)
    {
        var index = IndexOf(existing) + 1;
        _entries.Insert(index, element);
        SegmentOf(index).Add(element);
    }

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

    /// <summary>The segment an entry at <paramref name="index"/> belongs to (entries near the end are in the last one).</summary>
    private Segment SegmentOf(int index)
    {
        var markersAfter = 0;
        for (var i = _entries.Count - 1; i >= index && i >= 0; i--)
        {
            if (_entries[i] is null)
            {
                markersAfter++;
            }
        }

        return markersAfter == 0 ? _segments.Peek() : _segments.ElementAt(markersAfter);
    }

    /// <summary>The entries after one marker, indexed by name and by kind.</summary>
    private sealed class Segment
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<int, List<TreeElement>> _kinds = [];

        public bool HasName(string name) => _names.GetValueOrDefault(name) > 0;

        public List<TreeElement> Bucket(TreeElement element)
        {
            if (!_kinds.TryGetValue(KindHash(element), out var bucket))
            {
                bucket = [];
                _kinds[KindHash(element)] = bucket;
            }

            return bucket;
        }

        public void Add(TreeElement element)
        {
            if (ReferenceEquals(element, Bookmark))
            {
                return;
            }

            element.InFormattingList = true;
            _names[element.Name] = _names.GetValueOrDefault(element.Name) + 1;
            Bucket(element).Add(element);
        }

        public void Remove(TreeElement element)
        {
            if (ReferenceEquals(element, Bookmark))
            {
                return;
            }

            element.InFormattingList = false;
            _names[element.Name] = _names.GetValueOrDefault(element.Name) - 1;
            Bucket(element).Remove(element);
        }

        /// <summary>An order-independent hash of name and attributes.</summary>
        private static int KindHash(TreeElement element)
        {
            if (element.KindHash is { } cached)
            {
                return cached;
            }

            var hash = HashCode.Combine(element.Namespace, StringComparer.Ordinal.GetHashCode(element.Name), element.Attributes.Count);
            foreach (var (name, value) in element.Attributes.Items)
            {
                hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(name), StringComparer.Ordinal.GetHashCode(value));
            }

            element.KindHash = hash;
            return hash;
        }
    }
}

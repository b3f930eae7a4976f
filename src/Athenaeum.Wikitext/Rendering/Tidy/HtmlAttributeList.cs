namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// The attributes of a tag, in source order, each name at most once. Small lists are the rule,
/// so lookups are linear.
/// </summary>
/// <remarks>Not thread-safe; owned by one token or element.</remarks>
internal sealed class HtmlAttributeList
{
    private readonly List<KeyValuePair<string, string>> _items;

    /// <summary>Initializes a new instance of the <see cref="HtmlAttributeList"/> class.</summary>
    public HtmlAttributeList() => _items = [];

    /// <summary>Initializes a new instance of the <see cref="HtmlAttributeList"/> class with the given pairs.</summary>
    /// <param name="items">The attributes, names unique.</param>
    public HtmlAttributeList(IEnumerable<KeyValuePair<string, string>> items) => _items = [.. items];

    /// <summary>An empty list that must not be modified.</summary>
    public static HtmlAttributeList Empty { get; } = new();

    /// <summary>Gets the number of attributes.</summary>
    public int Count => _items.Count;

    /// <summary>Gets the attributes in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    /// <summary>Adds an attribute unless one of that name exists (the HTML5 duplicate rule).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it was added.</returns>
    public bool TryAdd(string name, string value)
    {
        if (Contains(name))
        {
            return false;
        }

        _items.Add(new(name, value));
        return true;
    }

    /// <summary>Sets an attribute, replacing the value of an existing one in place.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void Set(string name, string value)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (string.Equals(_items[i].Key, name, StringComparison.Ordinal))
            {
                _items[i] = new(name, value);
                return;
            }
        }

        _items.Add(new(name, value));
    }

    /// <summary>Gets whether an attribute of that name exists.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string name) => Get(name) is not null;

    /// <summary>Gets an attribute's value.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? Get(string name)
    {
        foreach (var item in _items)
        {
            if (string.Equals(item.Key, name, StringComparison.Ordinal))
            {
                return item.Value;
            }
        }

        return null;
    }

    /// <summary>Copies the list.</summary>
    /// <returns>A new list with the same attributes.</returns>
    public HtmlAttributeList Clone() => new(_items);
}

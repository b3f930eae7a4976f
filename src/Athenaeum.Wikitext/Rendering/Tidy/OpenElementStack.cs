namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// The stack of open elements, with a cache that answers "has an element in scope" in constant time:
/// for each scope kind the index of its topmost boundary element, and for each tag name its topmost
/// open element (RemexHtml's CachingStack does the same). Pushes and pops keep the cache up to date;
/// the rare removals from the middle rebuild it.
/// </summary>
/// <remarks>Not thread-safe; lives for one parse.</remarks>
internal sealed class OpenElementStack
{
    private readonly List<TreeElement> _items = [];
    private readonly Dictionary<string, TreeElement> _topByName = new(StringComparer.Ordinal);
    private ScopeBoundaries _bounds = ScopeBoundaries.None;
    private int _templateCount;

    /// <summary>Gets the number of open elements.</summary>
    public int Count => _items.Count;

    /// <summary>Gets the current node (the top of the stack), or null when empty.</summary>
    public TreeElement? Current => _items.Count == 0 ? null : _items[^1];

    /// <summary>Gets whether a template element is open.</summary>
    public bool HasTemplate => _templateCount > 0;

    /// <summary>Gets the element at <paramref name="index"/> (0 is the root).</summary>
    /// <param name="index">The index.</param>
    public TreeElement this[int index] => _items[index];

    /// <summary>Pushes an element.</summary>
    /// <param name="element">The element.</param>
    public void Push(TreeElement element)
    {
        var index = _items.Count;
        _items.Add(element);
        element.StackIndex = index;
        element.SavedBoundaries = _bounds;
        _bounds = WithBoundary(_bounds, element, index);
        if (element.Namespace == HtmlNamespace.Html)
        {
            element.PreviousSameName = _topByName.GetValueOrDefault(element.Name);
            _topByName[element.Name] = element;
            if (element.Name == "template")
            {
                _templateCount++;
            }
        }
    }

    /// <summary>Pops the current node.</summary>
    /// <returns>The popped element.</returns>
    public TreeElement Pop()
    {
        var element = _items[^1];
        _items.RemoveAt(_items.Count - 1);
        _bounds = element.SavedBoundaries;
        Forget(element);
        return element;
    }

    /// <summary>Replaces an element by another of the same name (adoption agency), keeping its position.</summary>
    /// <param name="old">The open element.</param>
    /// <param name="replacement">Its replacement.</param>
    public void Replace(TreeElement old, TreeElement replacement)
    {
        _items[old.StackIndex] = replacement;
        Rebuild();
        old.StackIndex = -1;
    }

    /// <summary>Removes an element from anywhere in the stack.</summary>
    /// <param name="element">The element.</param>
    public void Remove(TreeElement element)
    {
        if (element.StackIndex < 0)
        {
            return;
        }

        _items.RemoveAt(element.StackIndex);
        element.StackIndex = -1;
        Rebuild();
    }

    /// <summary>Inserts an element at <paramref name="index"/>.</summary>
    /// <param name="index">The position.</param>
    /// <param name="element">The element.</param>
    public void Insert(int index, TreeElement element)
    {
        _items.Insert(index, element);
        Rebuild();
    }

    /// <summary>Gets whether an HTML element named <paramref name="name"/> is in the given scope.</summary>
    /// <param name="name">A lower-case HTML tag name.</param>
    /// <param name="scope">The scope kind.</param>
    /// <returns><see langword="true"/> when in scope.</returns>
    public bool IsInScope(string name, ScopeKind scope = ScopeKind.Default) =>
        _topByName.TryGetValue(name, out var top) && top.StackIndex >= _bounds.Get(scope);

    /// <summary>Gets whether this very element is in the given scope.</summary>
    /// <param name="element">The element.</param>
    /// <param name="scope">The scope kind.</param>
    /// <returns><see langword="true"/> when open and in scope.</returns>
    public bool IsElementInScope(TreeElement element, ScopeKind scope = ScopeKind.Default) =>
        element.StackIndex >= 0 && element.StackIndex >= _bounds.Get(scope);

    private void Forget(TreeElement element)
    {
        element.StackIndex = -1;
        if (element.Namespace != HtmlNamespace.Html)
        {
            return;
        }

        if (element.PreviousSameName is null)
        {
            _topByName.Remove(element.Name);
        }
        else
        {
            _topByName[element.Name] = element.PreviousSameName;
        }

        element.PreviousSameName = null;
        if (element.Name == "template")
        {
            _templateCount--;
        }
    }

    private void Rebuild()
    {
        _topByName.Clear();
        _bounds = ScopeBoundaries.None;
        _templateCount = 0;
        var items = _items.ToArray();
        _items.Clear();
        foreach (var item in items)
        {
            Push(item);
        }
    }

    private static ScopeBoundaries WithBoundary(ScopeBoundaries b, TreeElement element, int index)
    {
        switch (element.Namespace)
        {
            case HtmlNamespace.Html:
                switch (element.Name)
                {
                    case "html" or "table" or "template":
                        return new(index, index, index, index, index);
                    case "applet" or "caption" or "td" or "th" or "marquee" or "object":
                        return b with { Default = index, ListItem = index, Button = index, Select = index };
                    case "ol" or "ul":
                        return b with { ListItem = index, Select = index };
                    case "button":
                        return b with { Button = index, Select = index };
                    case "option" or "optgroup":
                        return b;
                    default:
                        return b with { Select = index };
                }

            case HtmlNamespace.MathMl when element.Name is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml":
            case HtmlNamespace.Svg when element.Name is "foreignObject" or "desc" or "title":
                return b with { Default = index, ListItem = index, Button = index, Select = index };
            default:
                return b with { Select = index };
        }
    }
}

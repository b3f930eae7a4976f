using System.Collections;

namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// A sequence of nodes: the whole tree (MediaWiki's <c>root</c>), a template name, an argument
/// value, a heading's content.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NodeList : Node, IReadOnlyList<Node>
{
    private readonly Node[] _items;

    /// <summary>Initializes a new instance of the <see cref="NodeList"/> class.</summary>
    /// <param name="start">The source offset.</param>
    /// <param name="length">The source length.</param>
    /// <param name="items">The nodes, in source order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public NodeList(int start, int length, IEnumerable<Node> items)
        : base(start, length)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
    }

    /// <summary>Initializes a new instance of the <see cref="NodeList"/> class that takes ownership of <paramref name="items"/>.</summary>
    /// <param name="items">The nodes; the array must not be changed afterwards.</param>
    /// <param name="start">The source offset.</param>
    /// <param name="length">The source length.</param>
    internal NodeList(Node[] items, int start, int length)
        : base(start, length) => _items = items;

    /// <summary>Gets an empty list at offset 0.</summary>
    public static NodeList Empty { get; } = new(0, 0, []);

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    internal override int PartCount => _items.Length;

    /// <inheritdoc/>
    public Node this[int index] => _items[index];

    /// <inheritdoc/>
    public IEnumerator<Node> GetEnumerator() => ((IEnumerable<Node>)_items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    internal override object GetPart(int index) => _items[index];
}

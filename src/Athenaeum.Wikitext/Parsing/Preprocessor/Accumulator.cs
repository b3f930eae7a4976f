using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <summary>
/// The output list of one part of a stack element (MediaWiki's <c>accum</c>): nodes, with adjacent
/// literal text merged into one <see cref="PlainText"/> node as MediaWiki's addLiteral does.
/// </summary>
/// <remarks>
/// Every literal the preprocessor emits is a slice of the source at a known offset (brace runs and
/// "|" put back by breakSyntax included), so pending text is kept as a span and cut from the source
/// only when a node follows. Not thread-safe; used by one <see cref="PreprocessorParser"/>.
/// </remarks>
internal sealed class Accumulator
{
    private readonly string _source;
    private readonly List<Node> _nodes = [];
    private int _textStart = -1;
    private int _textEnd;

    /// <summary>Initializes a new instance of the <see cref="Accumulator"/> class.</summary>
    /// <param name="source">The text being preprocessed.</param>
    /// <param name="start">The source offset where this accumulator's content begins.</param>
    public Accumulator(string source, int start)
    {
        _source = source;
        Start = start;
    }

    /// <summary>Gets the source offset where the content begins.</summary>
    public int Start { get; }

    /// <summary>Gets the number of nodes, pending literal text included.</summary>
    public int Count
    {
        get
        {
            Flush();
            return _nodes.Count;
        }
    }

    /// <summary>Gets the offset just past the content.</summary>
    public int End
    {
        get
        {
            if (_textStart >= 0)
            {
                return _textEnd;
            }

            return _nodes.Count == 0 ? Start : _nodes[^1].End;
        }
    }

    /// <summary>Appends the source text at <paramref name="start"/> (of <paramref name="text"/>'s length), merging it with literal text just before it.</summary>
    /// <param name="start">The source offset of the text.</param>
    /// <param name="text">The text; it is the source's text at that offset.</param>
    public void AddLiteral(int start, string text) => AddLiteral(start, text.Length);

    /// <summary>Appends the source slice at <paramref name="start"/>, merging it with literal text ending there.</summary>
    /// <param name="start">The offset.</param>
    /// <param name="length">The length.</param>
    public void AddLiteral(int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        if (_textStart >= 0 && _textEnd != start)
        {
            Flush();
        }

        if (_textStart < 0)
        {
            _textStart = start;
        }

        _textEnd = start + length;
    }

    /// <summary>Appends a node.</summary>
    /// <param name="node">The node.</param>
    public void Add(Node node)
    {
        Flush();
        _nodes.Add(node);
    }

    /// <summary>
    /// Appends the content of another accumulator (MediaWiki's array_splice of an element list),
    /// turning its "=" markers back into text.
    /// </summary>
    /// <param name="other">The accumulator to append.</param>
    public void AddRange(Accumulator other)
    {
        other.Flush();
        foreach (var node in other._nodes)
        {
            AddFlattened(node);
        }
    }

    /// <summary>Appends a node, turning an "=" marker into literal text.</summary>
    /// <param name="node">The node.</param>
    public void AddFlattened(Node node)
    {
        switch (node)
        {
            case PlainText text:
                AddLiteral(text.Start, text.Length);
                break;
            case EqualsMarker marker:
                AddLiteral(marker.Start, 1);
                break;
            default:
                Add(node);
                break;
        }
    }

    /// <summary>
    /// Removes <paramref name="length"/> trailing spaces or tabs from the last literal text, when the
    /// last item is literal text ending in that much whitespace (comment line eating).
    /// </summary>
    /// <param name="length">The number of whitespace characters to remove.</param>
    /// <returns><see langword="true"/> when the whitespace was removed.</returns>
    public bool TryTrimTrailingWhitespace(int length)
    {
        if (length <= 0 || _textStart < 0 || _textEnd - _textStart < length)
        {
            return false;
        }

        for (var k = _textEnd - length; k < _textEnd; k++)
        {
            if (_source[k] is not (' ' or '\t'))
            {
                return false;
            }
        }

        _textEnd -= length;
        if (_textEnd == _textStart)
        {
            _textStart = -1;
        }

        return true;
    }

    /// <summary>Returns the nodes from <paramref name="from"/> to <paramref name="to"/> (exclusive) as a list starting at <paramref name="start"/>.</summary>
    /// <param name="start">The source offset of the list (used when it is empty).</param>
    /// <param name="from">The first node index.</param>
    /// <param name="to">The index past the last node.</param>
    /// <returns>The list.</returns>
    public NodeList Slice(int start, int from, int to)
    {
        Flush();
        var items = new Node[Math.Max(0, to - from)];
        for (var k = from; k < to; k++)
        {
            var node = _nodes[k];
            items[k - from] = node is EqualsMarker marker ? new PlainText(marker.Start, "=") : node;
        }

        var length = items.Length == 0 ? 0 : items[^1].End - start;
        return new NodeList(items, start, length);
    }

    /// <summary>Replaces each node for which <paramref name="replace"/> gives a new node (used once, on the root).</summary>
    /// <param name="replace">Returns the replacement, or <see langword="null"/> to keep the node.</param>
    public void ReplaceNodes(Func<Node, Node?> replace)
    {
        Flush();
        for (var k = 0; k < _nodes.Count; k++)
        {
            if (replace(_nodes[k]) is { } replacement)
            {
                _nodes[k] = replacement;
            }
        }
    }

    /// <summary>Returns the whole content as a list.</summary>
    /// <returns>The list.</returns>
    public NodeList ToNodeList() => Slice(Start, 0, Count);

    /// <summary>Gets the node at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The node.</returns>
    public Node NodeAt(int index)
    {
        Flush();
        return _nodes[index];
    }

    private void Flush()
    {
        if (_textStart < 0)
        {
            return;
        }

        _nodes.Add(new PlainText(_textStart, _source[_textStart.._textEnd]));
        _textStart = -1;
    }
}

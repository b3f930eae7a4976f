using System.Text;
using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <summary>
/// The output list of one part of a stack element (MediaWiki's <c>accum</c>): nodes, with adjacent
/// literal text merged into one <see cref="PlainText"/> node as MediaWiki's addLiteral does.
/// </summary>
/// <remarks>Not thread-safe; used by one <see cref="PreprocessorParser"/>.</remarks>
internal sealed class Accumulator
{
    private readonly List<Node> _nodes = [];
    private readonly StringBuilder _text = new();
    private int _textStart = -1;

    /// <summary>Initializes a new instance of the <see cref="Accumulator"/> class.</summary>
    /// <param name="start">The source offset where this accumulator's content begins.</param>
    public Accumulator(int start) => Start = start;

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
                return _textStart + _text.Length;
            }

            return _nodes.Count == 0 ? Start : _nodes[^1].End;
        }
    }

    /// <summary>Appends literal text found at <paramref name="start"/>, merging it with literal text just before it.</summary>
    /// <param name="start">The source offset of the text.</param>
    /// <param name="text">The text.</param>
    public void AddLiteral(int start, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_textStart >= 0 && _textStart + _text.Length != start)
        {
            Flush();
        }

        if (_textStart < 0)
        {
            _textStart = start;
        }

        _text.Append(text);
    }

    /// <summary>Appends literal text that is a slice of the source.</summary>
    /// <param name="source">The source text.</param>
    /// <param name="start">The offset of the slice.</param>
    /// <param name="length">The length of the slice.</param>
    public void AddLiteral(string source, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        if (_textStart >= 0 && _textStart + _text.Length != start)
        {
            Flush();
        }

        if (_textStart < 0)
        {
            _textStart = start;
        }

        _text.Append(source, start, length);
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
                AddLiteral(text.Start, text.Text);
                break;
            case EqualsMarker marker:
                AddLiteral(marker.Start, "=");
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
        if (length <= 0 || _textStart < 0 || _text.Length < length)
        {
            return false;
        }

        for (var k = _text.Length - length; k < _text.Length; k++)
        {
            if (_text[k] is not (' ' or '\t'))
            {
                return false;
            }
        }

        _text.Length -= length;
        if (_text.Length == 0)
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
        var items = new List<Node>(Math.Max(0, to - from));
        for (var k = from; k < to; k++)
        {
            items.Add(_nodes[k] is EqualsMarker marker ? new PlainText(marker.Start, "=") : _nodes[k]);
        }

        var length = items.Count == 0 ? 0 : items[^1].End - start;
        return new NodeList(start, length, items);
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

        _nodes.Add(new PlainText(_textStart, _text.ToString()));
        _text.Clear();
        _textStart = -1;
    }
}

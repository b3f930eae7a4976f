using System.Text;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// Builds the output tree from tree events and writes it as MediaWiki's tidy does (RemexHtml's
/// serializer with MediaWiki's RemexCompatFormatter): text is escaped when it is inserted and then
/// run through the optional text processor and character-reference normalization; elements are
/// written with double-quoted attributes, void elements as <c>&lt;br /&gt;</c>, paragraph wrappers as
/// <c>&lt;p&gt;</c> when they hold something, and empty <c>li</c>/<c>p</c>/<c>tr</c> get
/// <c>class="mw-empty-elt"</c>.
/// </summary>
/// <remarks>Not thread-safe; one instance per parse.</remarks>
internal sealed class TidySerializer
{
    private readonly Func<string, string>? _textProcessor;

    /// <summary>Initializes a new instance of the <see cref="TidySerializer"/> class.</summary>
    /// <param name="textProcessor">Applied to every escaped text chunk (MediaWiki passes armorFrenchSpaces), or null.</param>
    public TidySerializer(Func<string, string>? textProcessor)
    {
        _textProcessor = textProcessor;
        Root = new SerializerNode(HtmlNamespace.Html, "#root", HtmlAttributeList.Empty, isVoid: false);
    }

    /// <summary>Gets or sets the expected output size, to size the output buffer.</summary>
    public int SizeHint { get; set; } = 256;

    /// <summary>Gets the document root (its first child is the fragment's virtual html element).</summary>
    public SerializerNode Root { get; }

    /// <summary>Gets the parent node, resolving the placement of an event.</summary>
    /// <param name="position">The position.</param>
    /// <param name="reference">The reference node.</param>
    /// <returns>The parent and the node to insert before (or null to append).</returns>
    public (SerializerNode Parent, SerializerNode? Before) Place(InsertPosition position, SerializerNode? reference) => position switch
    {
        InsertPosition.Root => (Root, null),
        InsertPosition.Before => (reference!.Parent ?? Root, reference),
        _ => (reference!, null),
    };

    /// <summary>Inserts an element, or moves it when it already has a node.</summary>
    /// <param name="position">Where.</param>
    /// <param name="reference">The reference node.</param>
    /// <param name="element">The element.</param>
    /// <param name="isVoid">Whether it is void.</param>
    /// <returns>The element's node.</returns>
    public SerializerNode InsertElement(InsertPosition position, SerializerNode? reference, TreeElement element, bool isVoid)
    {
        var (parent, before) = Place(position, reference);
        SerializerNode node;
        if (element.UserData is SerializerNode existing)
        {
            node = existing;
            Detach(node);
        }
        else
        {
            node = new SerializerNode(element.Namespace, element.Name, element.Attributes, isVoid);
            element.UserData = node;
        }

        node.Parent = parent;
        Add(parent, before, node);
        return node;
    }

    /// <summary>Inserts text, encoded for its parent.</summary>
    /// <param name="position">Where.</param>
    /// <param name="reference">The reference node.</param>
    /// <param name="text">The raw text.</param>
    public void Characters(InsertPosition position, SerializerNode? reference, string text)
    {
        var (parent, before) = Place(position, reference);
        var encoded = EncodeText(parent, text);
        if (before is null && parent.LastChild is string last)
        {
            parent.Children[^1] = last + encoded;
        }
        else
        {
            Add(parent, before, encoded);
        }
    }

    /// <summary>Inserts a comment.</summary>
    /// <param name="position">Where.</param>
    /// <param name="reference">The reference node.</param>
    /// <param name="text">The comment text.</param>
    public void Comment(InsertPosition position, SerializerNode? reference, string text)
    {
        var (parent, before) = Place(position, reference);
        var encoded = "<!--" + text + "-->";
        if (before is null && parent.LastChild is string last)
        {
            parent.Children[^1] = last + encoded;
        }
        else
        {
            Add(parent, before, encoded);
        }
    }

    /// <summary>Removes a node, leaving an empty placeholder.</summary>
    /// <param name="node">The node.</param>
    public void RemoveNode(SerializerNode node) => Detach(node);

    /// <summary>Writes the fragment: the children of the virtual html element.</summary>
    /// <returns>The HTML.</returns>
    public string Serialize()
    {
        var sb = new StringBuilder(SizeHint);
        if (Root.Children.Count > 0 && Root.Children[0] is SerializerNode html)
        {
            TidyFormatter.WriteChildren(html, sb);
        }

        return sb.ToString();
    }

    private string EncodeText(SerializerNode parent, string text)
    {
        if (parent.Namespace == HtmlNamespace.Html && TidyFormatter.IsRawTextElement(parent.Name))
        {
            return text;
        }

        var escaped = TidyFormatter.EscapeText(text);
        if (_textProcessor is not null)
        {
            escaped = _textProcessor(escaped);
        }

        return Sanitization.Sanitizer.NormalizeCharReferences(escaped);
    }

    private static void Add(SerializerNode parent, SerializerNode? before, object child)
    {
        if (before is not null)
        {
            var index = parent.Children.LastIndexOf(before);
            if (index >= 0)
            {
                parent.Children.Insert(index, child);
                return;
            }
        }

        parent.Children.Add(child);
    }

    private static void Detach(SerializerNode node)
    {
        if (node.Parent is { } oldParent)
        {
            var index = oldParent.Children.LastIndexOf(node);
            if (index >= 0)
            {
                oldParent.Children[index] = string.Empty;
            }
        }
    }
}

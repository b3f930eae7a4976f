namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>Passes tree events straight to a <see cref="TidySerializer"/>, without paragraph wrapping.</summary>
/// <remarks>Not thread-safe; one instance per parse.</remarks>
internal sealed class SerializerTreeHandler : ITreeHandler
{
    private readonly TidySerializer _serializer;

    /// <summary>Initializes a new instance of the <see cref="SerializerTreeHandler"/> class.</summary>
    /// <param name="serializer">The serializer.</param>
    public SerializerTreeHandler(TidySerializer serializer) => _serializer = serializer;

    /// <inheritdoc/>
    public void InsertElement(InsertPosition position, TreeElement? reference, TreeElement element, bool isVoid) =>
        _serializer.InsertElement(position, reference?.UserData as SerializerNode, element, isVoid);

    /// <inheritdoc/>
    public void EndTag(TreeElement element)
    {
    }

    /// <inheritdoc/>
    public void Characters(InsertPosition position, TreeElement? reference, string text) =>
        _serializer.Characters(position, reference?.UserData as SerializerNode, text);

    /// <inheritdoc/>
    public void Comment(InsertPosition position, TreeElement? reference, string text) =>
        _serializer.Comment(position, reference?.UserData as SerializerNode, text);

    /// <inheritdoc/>
    public void RemoveNode(TreeElement element)
    {
        if (element.UserData is SerializerNode node)
        {
            _serializer.RemoveNode(node);
        }
    }

    /// <inheritdoc/>
    public void ReparentChildren(TreeElement element, TreeElement newParent)
    {
        var self = (SerializerNode)element.UserData!;
        var children = self.Children;
        self.Children = [];
        var newNode = _serializer.InsertElement(InsertPosition.Under, self, newParent, isVoid: false);
        foreach (var child in children)
        {
            if (child is SerializerNode c)
            {
                c.Parent = newNode;
            }
        }

        newNode.Children = children;
    }

    /// <inheritdoc/>
    public void MergeAttributes(TreeElement element, HtmlAttributeList attributes)
    {
        foreach (var (name, value) in attributes.Items)
        {
            if (!element.Attributes.Contains(name))
            {
                element.Attributes.Set(name, value);
            }
        }
    }

    /// <inheritdoc/>
    public void EndDocument()
    {
    }
}

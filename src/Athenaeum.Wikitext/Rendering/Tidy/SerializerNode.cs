namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// A node of the output tree. Children are either serializer nodes or finished (already encoded)
/// strings; a removed child leaves an empty string behind, as in RemexHtml's serializer, because
/// MediaWiki's p-wrapping looks at "the last child" and sees those placeholders too.
/// </summary>
/// <remarks>Not thread-safe; lives for one parse.</remarks>
internal sealed class SerializerNode
{
    /// <summary>Initializes a new instance of the <see cref="SerializerNode"/> class.</summary>
    /// <param name="ns">The namespace.</param>
    /// <param name="name">The local name.</param>
    /// <param name="attributes">The attributes.</param>
    /// <param name="isVoid">Whether the element has no content.</param>
    public SerializerNode(HtmlNamespace ns, string name, HtmlAttributeList attributes, bool isVoid)
    {
        Namespace = ns;
        Name = name;
        Attributes = attributes;
        IsVoid = isVoid;
    }

    /// <summary>Gets or sets the parent node (null for the root).</summary>
    public SerializerNode? Parent { get; set; }

    /// <summary>Gets or sets the children: <see cref="SerializerNode"/> or encoded <see cref="string"/>.</summary>
    public List<object> Children { get; set; } = [];

    /// <summary>Gets the namespace.</summary>
    public HtmlNamespace Namespace { get; }

    /// <summary>Gets the local name ("mw:p-wrap" for MediaWiki's paragraph wrappers).</summary>
    public string Name { get; }

    /// <summary>Gets the attributes.</summary>
    public HtmlAttributeList Attributes { get; }

    /// <summary>Gets a value indicating whether the element was inserted as void.</summary>
    public bool IsVoid { get; }

    /// <summary>Gets or sets a value indicating whether this is a paragraph wrapper made by the p-wrapping munger.</summary>
    public bool IsPWrapper { get; set; }

    /// <summary>Gets or sets how many non-blank children (elements or non-whitespace text) the munger counted.</summary>
    public int NonblankNodeCount { get; set; }

    /// <summary>Gets or sets the munger's state for this node; null once the element has ended.</summary>
    public MungerData? Munger { get; set; }

    /// <summary>Gets or sets a value indicating whether the serialized contents are all whitespace (computed before writing).</summary>
    internal bool ContentAllWhitespace { get; set; }

    /// <summary>Gets or sets the first character of the serialized contents, or NUL when empty (computed before writing).</summary>
    internal char ContentFirstChar { get; set; }

    /// <summary>Gets the last child (a node or a string), or null.</summary>
    public object? LastChild => Children.Count == 0 ? null : Children[^1];

    /// <summary>Gets the HTML name (null outside the HTML namespace), as used by the munger's element lists.</summary>
    public string? HtmlName => Namespace == HtmlNamespace.Html ? Name : null;
}

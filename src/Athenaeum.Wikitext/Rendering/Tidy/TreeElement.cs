namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>An element as the tree builder sees it: name, namespace, attributes, and its bookkeeping.</summary>
/// <remarks>Not thread-safe; lives for one parse.</remarks>
internal sealed class TreeElement
{
    /// <summary>Initializes a new instance of the <see cref="TreeElement"/> class.</summary>
    /// <param name="ns">The namespace.</param>
    /// <param name="name">The local name (SVG names keep their camel case, e.g. foreignObject).</param>
    /// <param name="attributes">The attributes.</param>
    public TreeElement(HtmlNamespace ns, string name, HtmlAttributeList attributes)
    {
        Namespace = ns;
        Name = name;
        Attributes = attributes;
    }

    /// <summary>Gets the namespace.</summary>
    public HtmlNamespace Namespace { get; }

    /// <summary>Gets the local name.</summary>
    public string Name { get; }

    /// <summary>Gets or sets the attributes.</summary>
    public HtmlAttributeList Attributes { get; set; }

    /// <summary>Gets or sets a value indicating whether this is the fragment's virtual root (never serialized).</summary>
    public bool IsVirtual { get; set; }

    /// <summary>Gets or sets the index in the stack of open elements, or -1 when not open.</summary>
    public int StackIndex { get; set; } = -1;

    /// <summary>Gets or sets the open element of the same name below this one (scope cache).</summary>
    public TreeElement? PreviousSameName { get; set; }

    /// <summary>Gets or sets the scope boundaries in force before this element was pushed (scope cache).</summary>
    public ScopeBoundaries SavedBoundaries { get; set; }

    /// <summary>Gets or sets the node the tree handler made for this element.</summary>
    public object? UserData { get; set; }

    /// <summary>Gets whether this is the HTML element <paramref name="name"/>.</summary>
    /// <param name="name">A lower-case HTML tag name.</param>
    /// <returns><see langword="true"/> for an HTML element of that name.</returns>
    public bool IsHtml(string name) => Namespace == HtmlNamespace.Html && string.Equals(Name, name, StringComparison.Ordinal);

    /// <summary>Gets the name if this is an HTML element, otherwise null (for switch statements).</summary>
    public string? HtmlName => Namespace == HtmlNamespace.Html ? Name : null;

    /// <summary>Gets whether this is a MathML text integration point (mi, mo, mn, ms, mtext).</summary>
    public bool IsMathMlTextIntegrationPoint =>
        Namespace == HtmlNamespace.MathMl && Name is "mi" or "mo" or "mn" or "ms" or "mtext";

    /// <summary>Gets whether this is an HTML integration point.</summary>
    public bool IsHtmlIntegrationPoint => Namespace switch
    {
        // RemexHtml accepts the encoding attribute on any MathML element, not only annotation-xml.
        HtmlNamespace.MathMl => Attributes.Get("encoding") is { } encoding
            && (encoding.Equals("text/html", StringComparison.OrdinalIgnoreCase) || encoding.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)),
        HtmlNamespace.Svg => Name is "foreignObject" or "desc" or "title",
        _ => false,
    };

    /// <inheritdoc/>
    public override string ToString() => Namespace == HtmlNamespace.Html ? Name : Namespace + ":" + Name;
}

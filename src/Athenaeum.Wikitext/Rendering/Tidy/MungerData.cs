namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// The p-wrapping state of one output node (MediaWiki's RemexMungerData): which paragraph wrapper
/// receives inserts meant for it, which wrapper it lives in, where the wrappers of its subtree are
/// made, and whether it is a formatting element that may be split around blocks.
/// </summary>
/// <remarks>Not thread-safe; lives for one parse.</remarks>
internal sealed class MungerData
{
    /// <summary>Gets or sets the open paragraph wrapper that receives children inserted into this node.</summary>
    public TreeElement? ChildPElement { get; set; }

    /// <summary>Gets or sets the paragraph wrapper this node is inside, if any.</summary>
    public SerializerNode? AncestorPNode { get; set; }

    /// <summary>Gets or sets the body or blockquote under which this node's wrappers are made.</summary>
    public SerializerNode? WrapBaseNode { get; set; }

    /// <summary>Gets or sets the latest clone of this node made when splitting; inserts go there instead.</summary>
    public TreeElement? CurrentCloneElement { get; set; }

    /// <summary>Gets or sets a value indicating whether this formatting element may be split around a block.</summary>
    public bool IsSplittable { get; set; }

    /// <summary>Gets or sets a value indicating whether inline children of this node get paragraph wrappers (body, blockquote).</summary>
    public bool NeedsPWrapping { get; set; }
}

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>Where a tree event puts a node relative to its reference element.</summary>
internal enum InsertPosition
{
    /// <summary>As a child of the document root (no reference element).</summary>
    Root,

    /// <summary>Immediately before the reference element, in its parent (foster parenting).</summary>
    Before,

    /// <summary>As the last child of the reference element.</summary>
    Under,
}

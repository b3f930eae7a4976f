namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// Receives the tree mutations of <see cref="HtmlTreeBuilder"/>, in the order the HTML5 tree
/// construction algorithm makes them (the same events RemexHtml's TreeHandler gets, so that
/// MediaWiki's p-wrapping, which works on these events, can be reproduced exactly).
/// </summary>
internal interface ITreeHandler
{
    /// <summary>Inserts <paramref name="element"/>, or moves it when it is already in the tree.</summary>
    /// <param name="position">Where, relative to <paramref name="reference"/>.</param>
    /// <param name="reference">The reference element (null for <see cref="InsertPosition.Root"/>).</param>
    /// <param name="element">The element.</param>
    /// <param name="isVoid">Whether the element can have no children.</param>
    void InsertElement(InsertPosition position, TreeElement? reference, TreeElement element, bool isVoid);

    /// <summary>Signals that an element was popped from the stack of open elements (no more children).</summary>
    /// <param name="element">The element.</param>
    void EndTag(TreeElement element);

    /// <summary>Inserts text.</summary>
    /// <param name="position">Where, relative to <paramref name="reference"/>.</param>
    /// <param name="reference">The reference element.</param>
    /// <param name="text">The text.</param>
    void Characters(InsertPosition position, TreeElement? reference, string text);

    /// <summary>Inserts a comment.</summary>
    /// <param name="position">Where, relative to <paramref name="reference"/>.</param>
    /// <param name="reference">The reference element.</param>
    /// <param name="text">The comment's text.</param>
    void Comment(InsertPosition position, TreeElement? reference, string text);

    /// <summary>Removes an element from its parent.</summary>
    /// <param name="element">The element.</param>
    void RemoveNode(TreeElement element);

    /// <summary>Moves all children of <paramref name="element"/> into <paramref name="newParent"/>, then appends <paramref name="newParent"/> to <paramref name="element"/>.</summary>
    /// <param name="element">The element whose children move.</param>
    /// <param name="newParent">A new element.</param>
    void ReparentChildren(TreeElement element, TreeElement newParent);

    /// <summary>Adds attributes an element does not have yet (a second <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c> tag).</summary>
    /// <param name="element">The element.</param>
    /// <param name="attributes">The attributes.</param>
    void MergeAttributes(TreeElement element, HtmlAttributeList attributes);

    /// <summary>The end of the document: every element has been ended.</summary>
    void EndDocument();
}

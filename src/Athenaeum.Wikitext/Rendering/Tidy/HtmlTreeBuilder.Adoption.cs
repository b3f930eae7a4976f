namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>The adoption agency algorithm (§13.2.6.4.7, "an end tag whose tag name is one of: a, b, …").</content>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>
    /// Runs the adoption agency algorithm for <paramref name="subject"/>. The tree events come in
    /// RemexHtml's order — the clones are inserted top-down after the inner loop, then the furthest
    /// block's children are reparented, then the removed elements are ended — because MediaWiki's
    /// p-wrapping reacts to that order.
    /// </summary>
    private void AdoptionAgency(string subject)
    {
        var current = _stack.Current!;
        if (current.IsHtml(subject) && !_formatting.Contains(current))
        {
            Pop();
            return;
        }

        for (var outer = 0; outer < 8; outer++)
        {
            var formattingElement = _formatting.FindAfterLastMarker(subject);
            if (formattingElement is null)
            {
                AnyOtherEndTag(subject);
                return;
            }

            var formattingIndex = formattingElement.StackIndex;
            if (formattingIndex < 0)
            {
                _formatting.Remove(formattingElement);
                return;
            }

            if (!_stack.IsElementInScope(formattingElement))
            {
                return;
            }

            TreeElement? furthestBlock = null;
            var furthestIndex = -1;
            for (var i = formattingIndex + 1; i < _stack.Count; i++)
            {
                if (IsSpecial(_stack[i]))
                {
                    furthestBlock = _stack[i];
                    furthestIndex = i;
                    break;
                }
            }

            if (furthestBlock is null)
            {
                PopUntilElement(formattingElement);
                _formatting.Remove(formattingElement);
                return;
            }

            var commonAncestor = _stack[formattingIndex - 1];
            _formatting.InsertAfter(formattingElement, ActiveFormattingElements.Bookmark);
            var lastNode = furthestBlock;
            var nodeIndex = furthestIndex;
            var removedFromStack = new HashSet<int>();
            var insertions = new List<(InsertPosition Position, TreeElement? Reference, TreeElement Element)>();
            for (var inner = 1; ; inner++)
            {
                var node = _stack[--nodeIndex];
                if (ReferenceEquals(node, formattingElement))
                {
                    break;
                }

                var inList = _formatting.Contains(node);
                if (inner > 3 && inList)
                {
                    _formatting.Remove(node);
                    inList = false;
                }

                if (!inList)
                {
                    removedFromStack.Add(nodeIndex);
                    continue;
                }

                var clone = new TreeElement(node.Namespace, node.Name, node.Attributes.Clone());
                _formatting.Replace(node, clone);
                _stack.Replace(node, clone);
                if (ReferenceEquals(lastNode, furthestBlock))
                {
                    _formatting.Remove(ActiveFormattingElements.Bookmark);
                    _formatting.InsertAfter(clone, ActiveFormattingElements.Bookmark);
                }

                insertions.Add((InsertPosition.Under, clone, lastNode));
                lastNode = clone;
            }

            var (position, reference) = AppropriatePlace(commonAncestor);
            insertions.Add((position, reference, lastNode));
            for (var i = insertions.Count - 1; i >= 0; i--)
            {
                var (p, r, e) = insertions[i];
                _handler.InsertElement(p, r, e, isVoid: false);
            }

            var replacement = new TreeElement(formattingElement.Namespace, formattingElement.Name, formattingElement.Attributes.Clone());
            _handler.ReparentChildren(furthestBlock, replacement);
            _formatting.Remove(formattingElement);
            _formatting.Replace(ActiveFormattingElements.Bookmark, replacement);

            // The new element goes right above the furthest block; removed elements and the formatting
            // element are ended.
            var kept = new List<TreeElement>();
            var index = _stack.Count - 1;
            for (; index > furthestIndex; index--)
            {
                kept.Add(_stack.Pop());
            }

            kept.Add(replacement);
            for (; index > formattingIndex; index--)
            {
                var element = _stack.Pop();
                if (removedFromStack.Contains(index))
                {
                    _handler.EndTag(element);
                }
                else
                {
                    kept.Add(element);
                }
            }

            _handler.EndTag(_stack.Pop());
            for (var i = kept.Count - 1; i >= 0; i--)
            {
                _stack.Push(kept[i]);
            }
        }
    }
}

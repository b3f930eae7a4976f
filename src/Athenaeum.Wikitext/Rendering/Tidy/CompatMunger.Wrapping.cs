namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>Paragraph wrappers: where inserts go, making wrappers, splitting formatting elements, disabling a wrapper.</content>
internal sealed partial class CompatMunger
{
    /// <summary>
    /// Resolves an event's placement to the output parent and the reference to pass on: inserts into a
    /// split element follow its chain of clones, and inserts into a body or blockquote with an open
    /// wrapper go into the wrapper.
    /// </summary>
    private (SerializerNode Parent, SerializerNode? Reference) ParentForInsert(InsertPosition position, TreeElement? reference)
    {
        switch (position)
        {
            case InsertPosition.Root:
                return (_serializer.Root, null);
            case InsertPosition.Before:
                var before = (SerializerNode)reference!.UserData!;
                return (before.Parent ?? _serializer.Root, before);
        }

        var node = (SerializerNode)reference!.UserData!;
        var data = Data(node);
        if (data.CurrentCloneElement is not null)
        {
            var original = data;
            var element = reference;
            while (data.CurrentCloneElement is not null)
            {
                element = data.CurrentCloneElement;
                node = (SerializerNode)element.UserData!;
                data = Data(node);
            }

            // Remember the end of the chain.
            original.CurrentCloneElement = element;
        }
        else if (data.ChildPElement is not null)
        {
            node = (SerializerNode)data.ChildPElement.UserData!;
        }

        return (node, node);
    }

    private SerializerNode InsertPWrapper(SerializerNode parent)
    {
        var wrapper = new TreeElement(HtmlNamespace.Html, "mw:p-wrap", new HtmlAttributeList());
        var node = _serializer.InsertElement(InsertPosition.Under, parent, wrapper, isVoid: false);
        node.IsPWrapper = true;
        node.Munger = new MungerData { WrapBaseNode = parent };
        Data(parent).ChildPElement = wrapper;
        return node;
    }

    /// <summary>
    /// Clones the formatting elements between <paramref name="parentNode"/> and its wrapper (or wrap
    /// base) so that what follows is inserted into fresh copies: inside a new wrapper for inline content,
    /// directly in the wrap base for a block. Clones left empty are removed.
    /// </summary>
    private SerializerNode SplitTagStack(SerializerNode parentNode, bool inline)
    {
        var parentData = Data(parentNode);
        var wrapBase = parentData.WrapBaseNode ?? _serializer.Root;
        var pWrap = parentData.AncestorPNode;
        var cloneEnd = pWrap ?? wrapBase;

        var nodes = new List<SerializerNode>();
        var removable = new List<SerializerNode>();
        var node = parentNode;
        while (!ReferenceEquals(node, cloneEnd))
        {
            var nextParent = node.Parent;
            if (nextParent is null || ReferenceEquals(nextParent, _serializer.Root))
            {
                // MediaWiki throws here ("Did not find end of clone range"); stop splitting instead.
                return parentNode;
            }

            nodes.Add(node);
            if (node.NonblankNodeCount == 0)
            {
                removable.Add(node);
                nextParent.NonblankNodeCount--;
            }

            node = nextParent;
        }

        SerializerNode? newWrap = null;
        if (inline)
        {
            newWrap = InsertPWrapper(wrapBase);
            node = newWrap;
        }
        else
        {
            if (pWrap is not null)
            {
                // End the wrapper that was open.
                Data(wrapBase).ChildPElement = null;
            }

            node = wrapBase;
        }

        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var old = nodes[i];
            var clone = new TreeElement(old.Namespace, old.Name, old.Attributes);
            var cloneNode = _serializer.InsertElement(InsertPosition.Under, node, clone, isVoid: false);
            Data(old).CurrentCloneElement = clone;
            cloneNode.IsPWrapper = old.IsPWrapper;
            cloneNode.Munger = new MungerData
            {
                AncestorPNode = newWrap,
                IsSplittable = true,
                WrapBaseNode = wrapBase,
            };
            node.NonblankNodeCount++;
            node = cloneNode;
        }

        foreach (var removed in removable)
        {
            _serializer.RemoveNode(removed);
        }

        return node;
    }

    /// <summary>
    /// A block element went into an inline element inside a wrapper: move the outermost inline element
    /// out of the wrapper (when the wrapper is still the last thing in its parent) and close the wrapper.
    /// </summary>
    private void DisablePWrapper(SerializerNode node)
    {
        var pWrapNode = Data(node).AncestorPNode!;
        var newParent = pWrapNode.Parent!;
        if (!ReferenceEquals(pWrapNode, newParent.LastChild))
        {
            // Fostering or something similar: leave it alone, as MediaWiki does.
            return;
        }

        SerializerNode victim;
        var next = node;
        do
        {
            victim = next;
            Data(victim).AncestorPNode = null;
            next = victim.Parent!;
        }
        while (!ReferenceEquals(next, pWrapNode));

        var victimElement = new TreeElement(victim.Namespace, victim.Name, victim.Attributes) { UserData = victim };
        _serializer.InsertElement(InsertPosition.Under, newParent, victimElement, isVoid: false);
        pWrapNode.NonblankNodeCount--;
        Data(newParent).ChildPElement = null;
    }
}

using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// MediaWiki's paragraph wrapping of tidy output (the behaviour of its RemexCompatMunger): inline
/// content that lands directly in the body or a blockquote is wrapped in a paragraph wrapper
/// (<c>mw:p-wrap</c>, written as <c>&lt;p&gt;</c> when it holds something non-blank); a block
/// element closes the open wrapper; formatting elements (b, i, a, font …) that straddle a block are
/// split, so that <c>&lt;b&gt;x&lt;div&gt;y&lt;/div&gt;z&lt;/b&gt;</c> becomes
/// <c>&lt;p&gt;&lt;b&gt;x&lt;/b&gt;&lt;/p&gt;&lt;b&gt;&lt;div&gt;y&lt;/div&gt;&lt;/b&gt;&lt;p&gt;&lt;b&gt;z&lt;/b&gt;&lt;/p&gt;</c>;
/// and a block inside another inline element pulls that element out of its wrapper. It works on the
/// tree builder's events, because the result depends on their order.
/// </summary>
/// <remarks>Not thread-safe; one instance per parse.</remarks>
internal sealed partial class CompatMunger : ITreeHandler
{
    private static readonly FrozenSet<string> OnlyInlineElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "abbr", "acronym", "applet", "b", "basefont", "bdo", "big", "br", "button", "cite", "code", "del", "dfn", "em",
        "font", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "map", "object", "param", "q", "rb", "rbc",
        "rp", "rt", "rtc", "ruby", "s", "samp", "select", "small", "span", "strike", "strong", "sub", "sup", "textarea",
        "tt", "u", "var", "video", "audio", "bdi", "data", "time", "mark");

    private static readonly FrozenSet<string> MetadataElements = FrozenSet.Create(StringComparer.Ordinal, "style", "script", "link", "meta");

    private static readonly FrozenSet<string> FormattingElements = FrozenSet.Create(
        StringComparer.Ordinal, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    private readonly TidySerializer _serializer;

    /// <summary>Initializes a new instance of the <see cref="CompatMunger"/> class.</summary>
    /// <param name="serializer">The serializer that receives the munged events.</param>
    public CompatMunger(TidySerializer serializer)
    {
        _serializer = serializer;
        serializer.Root.Munger = new MungerData { NeedsPWrapping = true };
    }

    /// <inheritdoc/>
    public void InsertElement(InsertPosition position, TreeElement? reference, TreeElement element, bool isVoid)
    {
        var (parent, newReference) = ParentForInsert(position, reference);
        var parentData = Data(parent);
        var name = element.HtmlName;
        var inline = name is not null && OnlyInlineElements.Contains(name);
        var under = position == InsertPosition.Under;

        if (name is not null && MetadataElements.Contains(name))
        {
            // Metadata may appear in inline and block context alike.
        }
        else if (under && parent.IsPWrapper && !inline)
        {
            // A block closes the open wrapper: insert into the wrapper's parent instead.
            parent = parent.Parent!;
            parentData = Data(parent);
            parentData.ChildPElement = null;
            newReference = (SerializerNode)reference!.UserData!;
        }
        else if (under && parentData.IsSplittable && (parentData.AncestorPNode is not null) != inline)
        {
            // An inline element in block context, or a block under a wrapper: split the formatting elements.
            newReference = SplitTagStack(newReference!, inline);
            parent = newReference;
            parentData = Data(parent);
        }
        else if (under && parentData.NeedsPWrapping && inline)
        {
            newReference = InsertPWrapper(newReference!);
            parent = newReference;
            parentData = Data(parent);
        }
        else if (parentData.AncestorPNode is not null && !inline)
        {
            // A block inside an inline element inside a wrapper: take that inline element out of the wrapper.
            DisablePWrapper(parent);
        }

        parent.NonblankNodeCount++;
        var node = _serializer.InsertElement(position, newReference, element, isVoid);
        var data = node.Munger ??= new MungerData();
        if ((parent.IsPWrapper || parentData.IsSplittable) && name is not null && FormattingElements.Contains(name))
        {
            data.IsSplittable = true;
        }

        if (parent.IsPWrapper)
        {
            data.AncestorPNode = parent;
        }
        else if (parentData.AncestorPNode is not null)
        {
            data.AncestorPNode = parentData.AncestorPNode;
        }

        if (parentData.WrapBaseNode is not null)
        {
            data.WrapBaseNode = parentData.WrapBaseNode;
        }
        else if (parentData.NeedsPWrapping)
        {
            data.WrapBaseNode = parent;
        }

        if (name is "body" or "blockquote" or "html")
        {
            data.NeedsPWrapping = true;
        }
    }

    /// <inheritdoc/>
    public void Characters(InsertPosition position, TreeElement? reference, string text)
    {
        var isBlank = IsBlank(text);
        var (parent, newReference) = ParentForInsert(position, reference);
        var parentData = Data(parent);
        if (position == InsertPosition.Under)
        {
            if (parentData.NeedsPWrapping && !isBlank)
            {
                newReference = InsertPWrapper(newReference!);
                parent = newReference;
            }
            else if (parentData.IsSplittable && parentData.AncestorPNode is null)
            {
                newReference = SplitTagStack(newReference!, inline: true);
                parent = newReference;
            }
        }

        if (!isBlank)
        {
            parent.NonblankNodeCount++;
        }

        _serializer.Characters(position, newReference, text);
    }

    /// <inheritdoc/>
    public void Comment(InsertPosition position, TreeElement? reference, string text)
    {
        var (_, newReference) = ParentForInsert(position, reference);
        _serializer.Comment(position, newReference, text);
    }

    /// <inheritdoc/>
    public void EndTag(TreeElement element)
    {
        if (element.UserData is not SerializerNode node)
        {
            return;
        }

        if (node.Munger?.ChildPElement is { } pWrapper)
        {
            EndTag(pWrapper);
        }

        node.Munger = null;
        element.UserData = null;
    }

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
        if (self.Munger?.ChildPElement is { } pWrapper)
        {
            // Reparent the wrapper's children instead, so that the new formatting element ends up inside
            // the wrapper rather than around it (T178632).
            ReparentChildren(pWrapper, newParent);
            return;
        }

        var children = self.Children;
        self.Children = [];
        InsertElement(InsertPosition.Under, element, newParent, isVoid: false);
        var newNode = (SerializerNode)newParent.UserData!;
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

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (c is not ('\t' or '\n' or '\f' or '\r' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The munger data of a node; an ended node (which MediaWiki never touches again) gets a fresh one.</summary>
    private static MungerData Data(SerializerNode node) => node.Munger ??= new MungerData();
}

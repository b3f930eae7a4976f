using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>Inserting nodes, popping elements, implied end tags, and the adoption agency algorithm.</content>
internal sealed partial class HtmlTreeBuilder
{
    private static readonly FrozenSet<string> ImpliedEndTags = FrozenSet.Create(
        StringComparer.Ordinal, "dd", "dt", "li", "option", "optgroup", "p", "rb", "rp", "rt", "rtc");

    private static readonly FrozenSet<string> ThoroughlyImpliedEndTags = FrozenSet.Create(
        StringComparer.Ordinal, "caption", "colgroup", "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc",
        "tbody", "td", "tfoot", "th", "thead", "tr");

    /// <summary>The special elements of RemexHtml's HTML5 version (no hgroup or search; menuitem included).</summary>
    private static readonly FrozenSet<string> SpecialHtml = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
        "iframe", "img", "input", "li", "link", "listing", "main", "marquee", "menu", "menuitem", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "section", "select", "source",
        "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track",
        "ul", "wbr", "xmp");

    private static bool IsSpecial(TreeElement element) => element.Namespace switch
    {
        HtmlNamespace.Html => SpecialHtml.Contains(element.Name),
        HtmlNamespace.MathMl => element.Name is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml",
        _ => element.Name is "foreignObject" or "desc" or "title",
    };

    /// <summary>The appropriate place for inserting a node (§13.2.6.1), with foster parenting.</summary>
    private (InsertPosition Position, TreeElement? Reference) AppropriatePlace(TreeElement? target = null)
    {
        target ??= _stack.Current;
        if (target is null)
        {
            return (InsertPosition.Root, null);
        }

        if (!_fosterParenting || target.HtmlName is not ("table" or "tbody" or "tfoot" or "thead" or "tr"))
        {
            return (InsertPosition.Under, target);
        }

        TreeElement? node = null;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            node = _stack[i];
            if (node.IsHtml("table") && i >= 1)
            {
                return (InsertPosition.Before, node);
            }

            if (node.IsHtml("template"))
            {
                return (InsertPosition.Under, node);
            }
        }

        return (InsertPosition.Under, node);
    }

    private void InsertCharacters(string text)
    {
        var (position, reference) = AppropriatePlace();
        _handler.Characters(position, reference, text);
    }

    private TreeElement InsertElement(string name, HtmlAttributeList attributes, bool isVoid = false) =>
        InsertForeign(HtmlNamespace.Html, name, attributes, isVoid);

    private TreeElement InsertForeign(HtmlNamespace ns, string name, HtmlAttributeList attributes, bool isVoid)
    {
        var (position, reference) = AppropriatePlace();
        var element = new TreeElement(ns, name, attributes);
        _handler.InsertElement(position, reference, element, isVoid);
        if (!isVoid)
        {
            _stack.Push(element);
        }

        return element;
    }

    /// <summary>The generic raw text / RCDATA element parsing algorithms.</summary>
    private void InsertRawTextElement(string name, HtmlAttributeList attributes, HtmlTokenizerState state)
    {
        InsertElement(name, attributes);
        _tokenizer!.SwitchState(state, name);
        SwitchAndSave(InsertionMode.Text);
    }

    private TreeElement Pop()
    {
        var element = _stack.Pop();
        _handler.EndTag(element);
        return element;
    }

    private void PopUntilName(string name)
    {
        while (_stack.Count > 0 && !Pop().IsHtml(name))
        {
        }
    }

    private void PopUntilElement(TreeElement element)
    {
        while (_stack.Count > 0 && !ReferenceEquals(Pop(), element))
        {
        }
    }

    private void PopUntilHeading()
    {
        while (_stack.Count > 0 && Pop().HtmlName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
        {
        }
    }

    private void GenerateImpliedEndTags(string? except = null)
    {
        while (_stack.Current is { } current && current.HtmlName is { } name && ImpliedEndTags.Contains(name)
            && !string.Equals(name, except, StringComparison.Ordinal))
        {
            Pop();
        }
    }

    private void GenerateImpliedEndTagsThoroughly()
    {
        while (_stack.Current is { } current && current.HtmlName is { } name && ThoroughlyImpliedEndTags.Contains(name))
        {
            Pop();
        }
    }

    private void GenerateImpliedEndTagsAndPop(string name)
    {
        GenerateImpliedEndTags(name);
        PopUntilName(name);
    }

    private void ClosePInButtonScope()
    {
        if (_stack.IsInScope("p", ScopeKind.Button))
        {
            GenerateImpliedEndTagsAndPop("p");
        }
    }

    /// <summary>Pops until the current node is one of <paramref name="names"/> (clear the stack back to a table context …).</summary>
    private void ClearStackBack(params ReadOnlySpan<string> names)
    {
        while (_stack.Current is { } current && !IsOneOf(current.HtmlName, names))
        {
            Pop();
        }
    }

    private static bool IsOneOf(string? name, ReadOnlySpan<string> names)
    {
        foreach (var n in names)
        {
            if (string.Equals(name, n, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reconstructs the active formatting elements (§13.2.4.3).</summary>
    private void ReconstructFormatting()
    {
        var count = _formatting.Count;
        if (count == 0 || _formatting[count - 1] is not { } last || last.StackIndex >= 0)
        {
            return;
        }

        var i = count - 1;
        while (i > 0 && _formatting[i - 1] is { StackIndex: < 0 })
        {
            i--;
        }

        for (; i < _formatting.Count; i++)
        {
            var entry = _formatting[i]!;
            var clone = InsertElement(entry.Name, entry.Attributes.Clone());
            _formatting.Replace(entry, clone);
        }
    }

    /// <summary>"Any other end tag" in body: close the nearest element of that name unless a special element comes first.</summary>
    private void AnyOtherEndTag(string name)
    {
        for (var index = _stack.Count - 1; index >= 0; index--)
        {
            var node = _stack[index];
            if (node.IsHtml(name))
            {
                GenerateImpliedEndTags(name);
                while (_stack.Count - 1 > index)
                {
                    Pop();
                }

                Pop();
                return;
            }

            if (IsSpecial(node))
            {
                return;
            }
        }
    }
}

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>The "in select", "in select in table" and "in template" modes, and foreign content (SVG, MathML).</content>
internal sealed partial class HtmlTreeBuilder
{
    private void SelectCharacters(string text)
    {
        // NUL characters are always dropped here, even with the ignore-nulls option.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            text = text.Replace("\0", string.Empty, StringComparison.Ordinal);
        }

        if (text.Length > 0)
        {
            InsertCharacters(text);
        }
    }

    private void SelectStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        switch (name)
        {
            case "html":
                return;
            case "option":
                if (_stack.Current!.IsHtml("option"))
                {
                    Pop();
                }

                InsertElement(name, attributes);
                return;
            case "optgroup":
                if (_stack.Current!.IsHtml("option"))
                {
                    Pop();
                }

                if (_stack.Current!.IsHtml("optgroup"))
                {
                    Pop();
                }

                InsertElement(name, attributes);
                return;
            case "select":
                if (_stack.IsInScope("select", ScopeKind.Select))
                {
                    PopUntilName("select");
                    ResetInsertionMode();
                }

                return;
            case "input" or "keygen" or "textarea":
                if (!_stack.IsInScope("select", ScopeKind.Select))
                {
                    return;
                }

                PopUntilName("select");
                ResetInsertionMode();
                ModeStartTag(name, attributes, selfClosing);
                return;
            case "script" or "template":
                HeadStartTag(name, attributes);
                return;
            default:
                return;
        }
    }

    private void SelectEndTag(string name)
    {
        switch (name)
        {
            case "optgroup":
                if (_stack.Current!.IsHtml("option") && _stack.Count >= 2 && _stack[_stack.Count - 2].IsHtml("optgroup"))
                {
                    Pop();
                }

                if (_stack.Current!.IsHtml("optgroup"))
                {
                    Pop();
                }

                return;
            case "option":
                if (_stack.Current!.IsHtml("option"))
                {
                    Pop();
                }

                return;
            case "select":
                if (_stack.IsInScope("select", ScopeKind.Select))
                {
                    PopUntilName("select");
                    ResetInsertionMode();
                }

                return;
            case "template":
                HeadEndTemplate();
                return;
            default:
                return;
        }
    }

    private void SelectInTableStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        if (name is "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th")
        {
            PopUntilName("select");
            ResetInsertionMode();
            ModeStartTag(name, attributes, selfClosing);
            return;
        }

        SelectStartTag(name, attributes, selfClosing);
    }

    private void SelectInTableEndTag(string name)
    {
        if (name is "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th")
        {
            if (!_stack.IsInScope(name, ScopeKind.Table))
            {
                return;
            }

            PopUntilName("select");
            ResetInsertionMode();
            ModeEndTag(name);
            return;
        }

        SelectEndTag(name);
    }

    private void TemplateStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        InsertionMode mode;
        switch (name)
        {
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                HeadStartTag(name, attributes);
                return;
            case "caption" or "colgroup" or "tbody" or "tfoot" or "thead":
                mode = InsertionMode.InTable;
                break;
            case "col":
                mode = InsertionMode.InColumnGroup;
                break;
            case "tr":
                mode = InsertionMode.InTableBody;
                break;
            case "td" or "th":
                mode = InsertionMode.InRow;
                break;
            default:
                mode = InsertionMode.InBody;
                break;
        }

        _templateModes.Pop();
        _templateModes.Push(mode);
        _mode = mode;
        ModeStartTag(name, attributes, selfClosing);
    }

    private void TemplateEndTag() => HeadEndTemplate();

    /// <summary>Text in SVG or MathML: RemexHtml inserts each run of whitespace and non-whitespace separately.</summary>
    private void ForeignCharacters(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (text[i] == '\0')
            {
                InsertCharacters("\uFFFD");
                i++;
                continue;
            }

            var space = text[i] is '\t' or '\n' or '\f' or '\r' or ' ';
            while (i < text.Length && text[i] != '\0' && (text[i] is '\t' or '\n' or '\f' or '\r' or ' ') == space)
            {
                i++;
            }
            InsertCharacters(text[start..i]);
        }
    }

    /// <summary>
    /// A start tag in foreign content. In the fragment case RemexHtml (following the HTML5 version it
    /// implements) inserts even HTML-only tags such as &lt;div&gt; as foreign elements.
    /// </summary>
    private void ForeignStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        var ns = AdjustedCurrentNode.Namespace;
        if (ns == HtmlNamespace.Svg)
        {
            name = ForeignAttributes.AdjustSvgElementName(name);
        }

        InsertForeign(ns, name, ForeignAttributes.Adjust(attributes, ns), selfClosing);
    }

    private void ForeignEndTag(string name)
    {
        var node = _stack.Current!;
        for (var index = _stack.Count - 1; index > 0; index--)
        {
            if (node.Name.Length == name.Length && Sanitization.AsciiText.MatchesAt(node.Name, 0, name))
            {
                PopUntilElement(node);
                return;
            }

            node = _stack[index - 1];
            if (node.Namespace == HtmlNamespace.Html)
            {
                ModeEndTag(name);
                return;
            }
        }
    }
}

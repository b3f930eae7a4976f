namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>The "in table body", "in row" and "in cell" insertion modes (§13.2.6.4.13–15).</content>
internal sealed partial class HtmlTreeBuilder
{
    private void TableBodyStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        switch (name)
        {
            case "tr":
                ClearStackBack("tbody", "tfoot", "thead", "template", "html");
                InsertElement(name, attributes);
                _mode = InsertionMode.InRow;
                return;
            case "th" or "td":
                ClearStackBack("tbody", "tfoot", "thead", "template", "html");
                InsertElement("tr", new HtmlAttributeList());
                _mode = InsertionMode.InRow;
                RowStartTag(name, attributes, selfClosing);
                return;
            case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead":
                if (!_stack.IsInScope("tbody", ScopeKind.Table) && !_stack.IsInScope("thead", ScopeKind.Table)
                    && !_stack.IsInScope("tfoot", ScopeKind.Table))
                {
                    return;
                }

                ClearStackBack("tbody", "tfoot", "thead", "template", "html");
                Pop();
                _mode = InsertionMode.InTable;
                TableStartTag(name, attributes, selfClosing);
                return;
            default:
                TableStartTag(name, attributes, selfClosing);
                return;
        }
    }

    /// <summary>An end tag in "in table body" mode.</summary>
    /// <remarks>RemexHtml has no "table" case here: &lt;/table&gt; goes to the "in table" rules directly.</remarks>
    private void TableBodyEndTag(string name)
    {
        switch (name)
        {
            case "tbody" or "tfoot" or "thead":
                if (!_stack.IsInScope(name, ScopeKind.Table))
                {
                    return;
                }

                ClearStackBack("tbody", "tfoot", "thead", "template", "html");
                Pop();
                _mode = InsertionMode.InTable;
                return;
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" or "tr":
                return;
            default:
                TableEndTag(name);
                return;
        }
    }

    private void RowStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        switch (name)
        {
            case "th" or "td":
                ClearStackBack("tr", "template", "html");
                InsertElement(name, attributes);
                _mode = InsertionMode.InCell;
                _formatting.InsertMarker();
                return;
            case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead" or "tr":
                if (!_stack.IsInScope("tr", ScopeKind.Table))
                {
                    return;
                }

                ClearStackBack("tr", "template", "html");
                Pop();
                _mode = InsertionMode.InTableBody;
                TableBodyStartTag(name, attributes, selfClosing);
                return;
            default:
                TableStartTag(name, attributes, selfClosing);
                return;
        }
    }

    private void RowEndTag(string name)
    {
        switch (name)
        {
            case "tr":
                if (_stack.IsInScope("tr", ScopeKind.Table))
                {
                    ClearStackBack("tr", "template", "html");
                    Pop();
                    _mode = InsertionMode.InTableBody;
                }

                return;
            case "table":
                if (!_stack.IsInScope("tr", ScopeKind.Table))
                {
                    return;
                }

                ClearStackBack("tr", "template", "html");
                Pop();
                _mode = InsertionMode.InTableBody;
                TableBodyEndTag(name);
                return;
            case "tbody" or "tfoot" or "thead":
                if (!_stack.IsInScope(name, ScopeKind.Table) || !_stack.IsInScope("tr", ScopeKind.Table))
                {
                    return;
                }

                ClearStackBack("tr", "template", "html");
                Pop();
                _mode = InsertionMode.InTableBody;
                TableBodyEndTag(name);
                return;
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th":
                return;
            default:
                TableEndTag(name);
                return;
        }
    }

    private void CellStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        if (name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
        {
            if (!_stack.IsInScope("td", ScopeKind.Table) && !_stack.IsInScope("th", ScopeKind.Table))
            {
                return;
            }

            CloseCell();
            RowStartTag(name, attributes, selfClosing);
            return;
        }

        BodyStartTag(name, attributes, selfClosing);
    }

    private void CellEndTag(string name)
    {
        switch (name)
        {
            case "td" or "th":
                if (!_stack.IsInScope(name, ScopeKind.Table))
                {
                    return;
                }

                GenerateImpliedEndTags();
                PopUntilName(name);
                _formatting.ClearToLastMarker();
                _mode = InsertionMode.InRow;
                return;
            case "body" or "caption" or "col" or "colgroup" or "html":
                return;
            case "table" or "tbody" or "tfoot" or "thead" or "tr":
                if (!_stack.IsInScope(name, ScopeKind.Table))
                {
                    return;
                }

                CloseCell();
                RowEndTag(name);
                return;
            default:
                BodyEndTag(name);
                return;
        }
    }

    /// <summary>"Close the cell" as RemexHtml does it: the cell itself is left for the row's "clear the stack back" to pop.</summary>
    private void CloseCell()
    {
        GenerateImpliedEndTags();
        _formatting.ClearToLastMarker();
        _mode = InsertionMode.InRow;
    }
}

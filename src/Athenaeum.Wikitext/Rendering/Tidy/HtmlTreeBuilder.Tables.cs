namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>The table insertion modes (§13.2.6.4.9–15): in table, in table text, in caption, in column group, in table body, in row, in cell.</content>
internal sealed partial class HtmlTreeBuilder
{
    private void TableCharacters(string text)
    {
        if (_stack.Current!.HtmlName is "table" or "tbody" or "tfoot" or "thead" or "tr")
        {
            _pendingTableText.Clear();
            SwitchAndSave(InsertionMode.InTableText);
            _pendingTableText.Add(text);
            return;
        }

        _fosterParenting = true;
        BodyCharacters(text);
        _fosterParenting = false;
    }

    /// <summary>Ends "in table text": whitespace-only text stays in the table, anything else is foster-parented.</summary>
    private void FlushTableText()
    {
        var allSpace = _pendingTableText.TrueForAll(IsAllWhitespace);
        if (allSpace)
        {
            foreach (var text in _pendingTableText)
            {
                InsertCharacters(text);
            }
        }
        else
        {
            _fosterParenting = true;
            foreach (var text in _pendingTableText)
            {
                BodyCharacters(text);
            }

            _fosterParenting = false;
        }

        _pendingTableText.Clear();
        RestoreMode();
    }

    private void TableStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        switch (name)
        {
            case "caption":
                ClearStackBack("table", "template", "html");
                _formatting.InsertMarker();
                _mode = InsertionMode.InCaption;
                InsertElement(name, attributes);
                return;
            case "colgroup":
                ClearStackBack("table", "template", "html");
                _mode = InsertionMode.InColumnGroup;
                InsertElement(name, attributes);
                return;
            case "col":
                ClearStackBack("table", "template", "html");
                InsertElement("colgroup", new HtmlAttributeList());
                _mode = InsertionMode.InColumnGroup;
                ColumnGroupStartTag(name, attributes, selfClosing);
                return;
            case "tbody" or "tfoot" or "thead":
                ClearStackBack("table", "template", "html");
                InsertElement(name, attributes);
                _mode = InsertionMode.InTableBody;
                return;
            case "td" or "th" or "tr":
                ClearStackBack("table", "template", "html");
                InsertElement("tbody", new HtmlAttributeList());
                _mode = InsertionMode.InTableBody;
                TableBodyStartTag(name, attributes, selfClosing);
                return;
            case "table":
                if (!_stack.IsInScope("table", ScopeKind.Table))
                {
                    return;
                }

                PopUntilName("table");
                ResetInsertionMode();
                ModeStartTag(name, attributes, selfClosing);
                return;
            case "style" or "script" or "template":
                HeadStartTag(name, attributes);
                return;
            case "form":
                if (_stack.HasTemplate || _form is not null)
                {
                    return;
                }

                _form = InsertElement(name, attributes, isVoid: true);
                return;
            case "input" when string.Equals(attributes.Get("type"), "hidden", StringComparison.OrdinalIgnoreCase):
                InsertElement(name, attributes, isVoid: true);
                return;
            default:
                _fosterParenting = true;
                BodyStartTag(name, attributes, selfClosing);
                _fosterParenting = false;
                return;
        }
    }

    private void TableEndTag(string name)
    {
        switch (name)
        {
            case "table":
                if (_stack.IsInScope("table", ScopeKind.Table))
                {
                    PopUntilName("table");
                    ResetInsertionMode();
                }

                return;
            case "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return;
            case "template":
                HeadEndTemplate();
                return;
            default:
                _fosterParenting = true;
                BodyEndTag(name);
                _fosterParenting = false;
                return;
        }
    }

    private void CaptionStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        if (name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
        {
            if (!_stack.IsInScope("caption", ScopeKind.Table))
            {
                return;
            }

            PopUntilName("caption");
            _formatting.ClearToLastMarker();
            _mode = InsertionMode.InTable;
            TableStartTag(name, attributes, selfClosing);
            return;
        }

        BodyStartTag(name, attributes, selfClosing);
    }

    private void CaptionEndTag(string name)
    {
        switch (name)
        {
            case "caption" or "table":
                if (!_stack.IsInScope("caption", ScopeKind.Table))
                {
                    return;
                }

                GenerateImpliedEndTags();
                PopUntilName("caption");
                _formatting.ClearToLastMarker();
                _mode = InsertionMode.InTable;
                if (name == "table")
                {
                    TableEndTag(name);
                }

                return;
            case "body" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return;
            default:
                BodyEndTag(name);
                return;
        }
    }

    private void ColumnGroupCharacters(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] is '\t' or '\n' or '\f' or '\r' or ' ')
        {
            i++;
        }

        if (i > 0)
        {
            InsertCharacters(text[..i]);
        }

        if (i == text.Length)
        {
            return;
        }

        if (!_stack.Current!.IsHtml("colgroup"))
        {
            return;
        }

        Pop();
        _mode = InsertionMode.InTable;
        TableCharacters(text[i..]);
    }

    private void ColumnGroupStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        switch (name)
        {
            case "html":
                return;
            case "col":
                InsertElement(name, attributes, isVoid: true);
                return;
            case "template":
                HeadStartTag(name, attributes);
                return;
            default:
                if (!_stack.Current!.IsHtml("colgroup"))
                {
                    return;
                }

                Pop();
                _mode = InsertionMode.InTable;
                TableStartTag(name, attributes, selfClosing);
                return;
        }
    }

    private void ColumnGroupEndTag(string name)
    {
        switch (name)
        {
            case "colgroup":
                if (_stack.Current!.IsHtml("colgroup"))
                {
                    Pop();
                    _mode = InsertionMode.InTable;
                }

                return;
            case "col":
                return;
            case "template":
                HeadEndTemplate();
                return;
            default:
                if (!_stack.Current!.IsHtml("colgroup"))
                {
                    return;
                }

                Pop();
                _mode = InsertionMode.InTable;
                TableEndTag(name);
                return;
        }
    }

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

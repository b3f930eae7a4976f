namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>Resetting the insertion mode, and stopping the parse.</content>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>Resets the insertion mode appropriately (§13.2.4.1), with the body context element at the root.</summary>
    private void ResetInsertionMode()
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var last = i == 0;
            var node = last ? _context : _stack[i];
            switch (node.HtmlName)
            {
                case "select":
                    _mode = SelectModeFor(i, last);
                    return;
                case "td" or "th" when !last:
                    _mode = InsertionMode.InCell;
                    return;
                case "tr": _mode = InsertionMode.InRow; return;
                case "tbody" or "thead" or "tfoot": _mode = InsertionMode.InTableBody; return;
                case "caption": _mode = InsertionMode.InCaption; return;
                case "colgroup": _mode = InsertionMode.InColumnGroup; return;
                case "table": _mode = InsertionMode.InTable; return;
                case "template": _mode = _templateModes.Count > 0 ? _templateModes.Peek() : InsertionMode.InBody; return;
                case "body": _mode = InsertionMode.InBody; return;
            }
        }

        _mode = InsertionMode.InBody;
    }

    private InsertionMode SelectModeFor(int index, bool last)
    {
        if (last)
        {
            return InsertionMode.InSelect;
        }

        for (var j = index - 1; j >= 1; j--)
        {
            if (_stack[j].IsHtml("template"))
            {
                return InsertionMode.InSelect;
            }

            if (_stack[j].IsHtml("table"))
            {
                return InsertionMode.InSelectInTable;
            }
        }

        return InsertionMode.InSelect;
    }

    private bool IsInTableMode => _mode is InsertionMode.InTable or InsertionMode.InCaption or InsertionMode.InTableBody
        or InsertionMode.InRow or InsertionMode.InCell;

    private void StopParsing()
    {
        while (_stack.Count > 0)
        {
            var popped = _stack.Pop();
            if (!popped.IsVirtual)
            {
                _handler.EndTag(popped);
            }
        }

        _handler.EndDocument();
    }
}

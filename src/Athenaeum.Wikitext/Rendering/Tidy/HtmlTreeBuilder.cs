namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// The HTML5 tree construction stage (WHATWG HTML §13.2.6) for a fragment parsed in <c>&lt;body&gt;</c>
/// context, emitting tree mutations to an <see cref="ITreeHandler"/> instead of building a DOM. It
/// follows RemexHtml (MediaWiki 1.39's parser) wherever that differs from today's specification, because
/// MediaWiki's output is what we must reproduce: fragment-case foreign content, the element lists of
/// its spec version, "close the cell" without popping, and the order of its adoption-agency events.
/// </summary>
/// <remarks>Not thread-safe: one instance per parse.</remarks>
internal sealed partial class HtmlTreeBuilder : IHtmlTokenHandler
{
    private readonly ITreeHandler _handler;
    private readonly OpenElementStack _stack = new();
    private readonly ActiveFormattingElements _formatting = new();
    private readonly Stack<InsertionMode> _templateModes = new();
    private readonly List<string> _pendingTableText = [];
    private readonly TreeElement _context = new(HtmlNamespace.Html, "body", HtmlAttributeList.Empty) { IsVirtual = true };
    private HtmlTokenizer? _tokenizer;
    private InsertionMode _mode = InsertionMode.InBody;
    private InsertionMode? _originalMode;
    private TreeElement? _form;
    private bool _fosterParenting;

    /// <summary>Initializes a new instance of the <see cref="HtmlTreeBuilder"/> class.</summary>
    /// <param name="handler">Receives the tree mutations.</param>
    public HtmlTreeBuilder(ITreeHandler handler) => _handler = handler;

    /// <summary>The insertion modes reachable when parsing a body fragment (plus RemexHtml's pre/textarea helpers).</summary>
    private enum InsertionMode
    {
        InBody,
        Text,
        InPre,
        InTextarea,
        InTable,
        InTableText,
        InCaption,
        InColumnGroup,
        InTableBody,
        InRow,
        InCell,
        InSelect,
        InSelectInTable,
        InTemplate,
    }

    /// <summary>Parses <paramref name="html"/> as the content of a body element.</summary>
    /// <param name="html">The HTML fragment.</param>
    /// <param name="tokenSink">A filter between tokenizer and tree builder, or null.</param>
    /// <param name="options">Tokenizer options.</param>
    public void Parse(string html, Func<IHtmlTokenHandler, IHtmlTokenHandler>? tokenSink, HtmlTokenizerOptions options)
    {
        var sink = tokenSink?.Invoke(this) ?? this;
        _tokenizer = new HtmlTokenizer(html, sink, options);
        var root = new TreeElement(HtmlNamespace.Html, "html", HtmlAttributeList.Empty) { IsVirtual = true };
        _stack.Push(root);
        _handler.InsertElement(InsertPosition.Root, null, root, isVoid: false);
        _tokenizer.Run();
    }

    /// <inheritdoc/>
    public bool IsInForeignContent() => AdjustedCurrentNode.Namespace != HtmlNamespace.Html;

    /// <summary>Gets the adjusted current node: the context element while only the root is open.</summary>
    private TreeElement AdjustedCurrentNode => _stack.Count <= 1 ? _context : _stack.Current!;

    /// <inheritdoc/>
    public void Characters(string text, int sourceStart, int sourceLength)
    {
        var current = AdjustedCurrentNode;
        if (current.Namespace == HtmlNamespace.Html || current.IsMathMlTextIntegrationPoint || current.IsHtmlIntegrationPoint)
        {
            ModeCharacters(text);
        }
        else
        {
            ForeignCharacters(text);
        }
    }

    /// <inheritdoc/>
    public void StartTag(string name, HtmlAttributeList attributes, bool selfClosing, int sourceStart, int sourceLength)
    {
        var current = AdjustedCurrentNode;
        if (current.Namespace == HtmlNamespace.Html
            || (current.IsMathMlTextIntegrationPoint && name is not ("mglyph" or "malignmark"))
            || (name == "svg" && current.Namespace == HtmlNamespace.MathMl && current.Name == "annotation-xml")
            || current.IsHtmlIntegrationPoint)
        {
            ModeStartTag(name, attributes, selfClosing);
        }
        else
        {
            ForeignStartTag(name, attributes, selfClosing);
        }
    }

    /// <inheritdoc/>
    public void EndTag(string name, int sourceStart, int sourceLength)
    {
        if (AdjustedCurrentNode.Namespace == HtmlNamespace.Html)
        {
            ModeEndTag(name);
        }
        else
        {
            ForeignEndTag(name);
        }
    }

    /// <inheritdoc/>
    public void Comment(string text)
    {
        if (_mode == InsertionMode.InTableText)
        {
            FlushTableText();
        }
        else if (_mode is InsertionMode.InPre or InsertionMode.InTextarea)
        {
            LeaveNewlineMode();
        }

        var (position, reference) = AppropriatePlace();
        _handler.Comment(position, reference, text);
    }

    /// <inheritdoc/>
    public void EndOfFile()
    {
        while (true)
        {
            switch (_mode)
            {
                case InsertionMode.Text:
                    Pop();
                    RestoreMode();
                    continue;
                case InsertionMode.InTableText:
                    FlushTableText();
                    continue;
                case InsertionMode.InPre or InsertionMode.InTextarea:
                    LeaveNewlineMode();
                    continue;
                case InsertionMode.InTemplate:
                    if (!_stack.HasTemplate)
                    {
                        StopParsing();
                        return;
                    }

                    PopUntilName("template");
                    _formatting.ClearToLastMarker();
                    _templateModes.Pop();
                    ResetInsertionMode();
                    continue;
                default:
                    if (_templateModes.Count > 0)
                    {
                        _mode = InsertionMode.InTemplate;
                        continue;
                    }

                    StopParsing();
                    return;
            }
        }
    }

    private void ModeCharacters(string text)
    {
        switch (_mode)
        {
            case InsertionMode.Text:
                InsertCharacters(text);
                break;
            case InsertionMode.InPre:
            case InsertionMode.InTextarea:
                if (text.Length > 0 && text[0] == '\n')
                {
                    text = text[1..];
                }

                LeaveNewlineMode();
                if (text.Length > 0)
                {
                    ModeCharacters(text);
                }

                break;
            case InsertionMode.InTable or InsertionMode.InTableBody or InsertionMode.InRow:
                TableCharacters(text);
                break;
            case InsertionMode.InTableText:
                _pendingTableText.Add(text);
                break;
            case InsertionMode.InColumnGroup:
                ColumnGroupCharacters(text);
                break;
            case InsertionMode.InSelect or InsertionMode.InSelectInTable:
                SelectCharacters(text);
                break;
            default:
                BodyCharacters(text);
                break;
        }
    }

    private void ModeStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        switch (_mode)
        {
            case InsertionMode.InPre or InsertionMode.InTextarea:
                LeaveNewlineMode();
                ModeStartTag(name, attributes, selfClosing);
                break;
            case InsertionMode.InTableText:
                FlushTableText();
                ModeStartTag(name, attributes, selfClosing);
                break;
            case InsertionMode.InTable: TableStartTag(name, attributes, selfClosing); break;
            case InsertionMode.InCaption: CaptionStartTag(name, attributes, selfClosing); break;
            case InsertionMode.InColumnGroup: ColumnGroupStartTag(name, attributes, selfClosing); break;
            case InsertionMode.InTableBody: TableBodyStartTag(name, attributes, selfClosing); break;
            case InsertionMode.InRow: RowStartTag(name, attributes, selfClosing); break;
            case InsertionMode.InCell: CellStartTag(name, attributes, selfClosing); break;
            case InsertionMode.InSelect: SelectStartTag(name, attributes, selfClosing); break;
            case InsertionMode.InSelectInTable: SelectInTableStartTag(name, attributes, selfClosing); break;
            case InsertionMode.InTemplate: TemplateStartTag(name, attributes, selfClosing); break;
            case InsertionMode.Text: break; // The tokenizer emits no start tags in raw text.
            default: BodyStartTag(name, attributes, selfClosing); break;
        }
    }

    private void ModeEndTag(string name)
    {
        switch (_mode)
        {
            case InsertionMode.InPre or InsertionMode.InTextarea:
                LeaveNewlineMode();
                ModeEndTag(name);
                break;
            case InsertionMode.InTableText:
                FlushTableText();
                ModeEndTag(name);
                break;
            case InsertionMode.Text:
                Pop();
                RestoreMode();
                break;
            case InsertionMode.InTable: TableEndTag(name); break;
            case InsertionMode.InCaption: CaptionEndTag(name); break;
            case InsertionMode.InColumnGroup: ColumnGroupEndTag(name); break;
            case InsertionMode.InTableBody: TableBodyEndTag(name); break;
            case InsertionMode.InRow: RowEndTag(name); break;
            case InsertionMode.InCell: CellEndTag(name); break;
            case InsertionMode.InSelect: SelectEndTag(name); break;
            case InsertionMode.InSelectInTable: SelectInTableEndTag(name); break;
            case InsertionMode.InTemplate:
                if (name == "template")
                {
                    TemplateEndTag();
                }

                break;
            default: BodyEndTag(name); break;
        }
    }

    /// <summary>RemexHtml's "in pre"/"in textarea" helper modes: drop one newline right after the start tag.</summary>
    private void LeaveNewlineMode()
    {
        if (_mode == InsertionMode.InPre)
        {
            RestoreMode();
        }
        else
        {
            _mode = InsertionMode.Text;
        }
    }

    private void SwitchAndSave(InsertionMode mode)
    {
        _originalMode = _mode;
        _mode = mode;
    }

    private void RestoreMode()
    {
        _mode = _originalMode ?? InsertionMode.InBody;
        _originalMode = null;
    }

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

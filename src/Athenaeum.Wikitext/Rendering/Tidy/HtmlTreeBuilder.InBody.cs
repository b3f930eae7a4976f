namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>The "in body" insertion mode (§13.2.6.4.7) and the "in head" rules it borrows.</content>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>Characters in "in body" mode.</summary>
    /// <remarks>
    /// The frameset-ok flag of the specification is not kept: in a body fragment a &lt;frameset&gt; start tag
    /// is ignored whatever its value.
    /// </remarks>
    private void BodyCharacters(string text)
    {
        ReconstructFormatting();
        InsertCharacters(text);
    }

    private void BodyStartTag(string name, HtmlAttributeList attributes, bool selfClosing)
    {
        switch (name)
        {
            case "html":
                // The fragment's root is virtual: merging attributes into it has no visible effect.
                return;
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                HeadStartTag(name, attributes);
                return;
            case "body" or "frameset":
                // In a body fragment there is no body element on the stack: ignored.
                return;
            case "address" or "article" or "aside" or "blockquote" or "center" or "details" or "dir" or "div" or "dl"
                or "fieldset" or "figcaption" or "figure" or "footer" or "header" or "main" or "menu" or "nav" or "ol"
                or "p" or "section" or "summary" or "ul":
                ClosePInButtonScope();
                InsertElement(name, attributes);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                ClosePInButtonScope();
                if (_stack.Current!.HtmlName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    Pop();
                }

                InsertElement(name, attributes);
                return;
            case "pre" or "listing":
                ClosePInButtonScope();
                InsertElement(name, attributes);
                SwitchAndSave(InsertionMode.InPre);
                return;
            case "form":
                if (_form is not null && !_stack.HasTemplate)
                {
                    return;
                }

                ClosePInButtonScope();
                var form = InsertElement(name, attributes);
                if (!_stack.HasTemplate)
                {
                    _form = form;
                }

                return;
            case "li":
                CloseListItem(isListItem: true);
                InsertElement(name, attributes);
                return;
            case "dd" or "dt":
                CloseListItem(isListItem: false);
                InsertElement(name, attributes);
                return;
            case "plaintext":
                ClosePInButtonScope();
                InsertElement(name, attributes);
                _tokenizer!.SwitchState(HtmlTokenizerState.PlainText, name);
                return;
            case "button":
                if (_stack.IsInScope("button"))
                {
                    GenerateImpliedEndTags();
                    PopUntilName("button");
                }

                ReconstructFormatting();
                InsertElement(name, attributes);
                return;
            case "a":
                if (_formatting.FindAfterLastMarker("a") is { } openA)
                {
                    AdoptionAgency("a");
                    _formatting.Remove(openA);
                    _stack.Remove(openA);
                }

                ReconstructFormatting();
                _formatting.Push(InsertElement(name, attributes));
                return;
            case "b" or "big" or "code" or "em" or "font" or "i" or "s" or "small" or "strike" or "strong" or "tt" or "u":
                ReconstructFormatting();
                _formatting.Push(InsertElement(name, attributes));
                return;
            case "nobr":
                ReconstructFormatting();
                if (_stack.IsInScope("nobr"))
                {
                    AdoptionAgency("nobr");
                    ReconstructFormatting();
                }

                _formatting.Push(InsertElement(name, attributes));
                return;
            case "applet" or "marquee" or "object":
                ReconstructFormatting();
                _formatting.InsertMarker();
                InsertElement(name, attributes);
                return;
            case "table":
                ClosePInButtonScope();
                InsertElement(name, attributes);
                _mode = InsertionMode.InTable;
                return;
            case "area" or "br" or "embed" or "img" or "keygen" or "wbr":
                ReconstructFormatting();
                InsertElement(name, attributes, isVoid: true);
                return;
            case "input":
                ReconstructFormatting();
                if (!string.Equals(attributes.Get("type"), "hidden", StringComparison.OrdinalIgnoreCase))
                {
                }

                InsertElement(name, attributes, isVoid: true);
                return;
            case "menuitem" or "param" or "source" or "track":
                InsertElement(name, attributes, isVoid: true);
                return;
            case "hr":
                ClosePInButtonScope();
                InsertElement(name, attributes, isVoid: true);
                return;
            case "image":
                BodyStartTag("img", attributes, selfClosing);
                return;
            case "textarea":
                InsertElement(name, attributes);
                _tokenizer!.SwitchState(HtmlTokenizerState.RcData, name);
                SwitchAndSave(InsertionMode.InTextarea);
                return;
            case "xmp":
                ClosePInButtonScope();
                ReconstructFormatting();
                InsertRawTextElement(name, attributes, HtmlTokenizerState.RawText);
                return;
            case "iframe":
                InsertRawTextElement(name, attributes, HtmlTokenizerState.RawText);
                return;
            case "noscript" or "noembed":
                // The scripting flag is on, as in RemexHtml's default.
                InsertRawTextElement(name, attributes, HtmlTokenizerState.RawText);
                return;
            case "select":
                ReconstructFormatting();
                var inTable = IsInTableMode;
                InsertElement(name, attributes);
                _mode = inTable ? InsertionMode.InSelectInTable : InsertionMode.InSelect;
                return;
            case "optgroup" or "option":
                if (_stack.Current!.IsHtml("option"))
                {
                    Pop();
                }

                ReconstructFormatting();
                InsertElement(name, attributes);
                return;
            case "rb" or "rtc":
                if (_stack.IsInScope("ruby"))
                {
                    GenerateImpliedEndTags();
                }

                InsertElement(name, attributes);
                return;
            case "rp" or "rt":
                if (_stack.IsInScope("ruby"))
                {
                    GenerateImpliedEndTags("rtc");
                }

                InsertElement(name, attributes);
                return;
            case "math":
                ReconstructFormatting();
                InsertForeign(HtmlNamespace.MathMl, name, ForeignAttributes.Adjust(attributes, HtmlNamespace.MathMl), selfClosing);
                return;
            case "svg":
                ReconstructFormatting();
                InsertForeign(HtmlNamespace.Svg, name, ForeignAttributes.Adjust(attributes, HtmlNamespace.Svg), selfClosing);
                return;
            case "caption" or "col" or "colgroup" or "frame" or "head" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return;
            default:
                ReconstructFormatting();
                InsertElement(name, attributes);
                return;
        }
    }

    /// <summary>The loop of the "li" / "dd, dt" start tag rules.</summary>
    private void CloseListItem(bool isListItem)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            var match = isListItem ? node.IsHtml("li") : node.HtmlName is "dd" or "dt";
            if (match)
            {
                GenerateImpliedEndTagsAndPop(node.Name);
                break;
            }

            if (IsSpecial(node) && node.HtmlName is not ("address" or "div" or "p"))
            {
                break;
            }
        }

        ClosePInButtonScope();
    }

    private void BodyEndTag(string name)
    {
        switch (name)
        {
            case "template":
                HeadEndTemplate();
                return;
            case "body" or "html":
                // No body element is in scope in a body fragment: ignored.
                return;
            case "address" or "article" or "aside" or "blockquote" or "button" or "center" or "details" or "dir" or "div"
                or "dl" or "fieldset" or "figcaption" or "figure" or "footer" or "header" or "listing" or "main" or "menu"
                or "nav" or "ol" or "pre" or "section" or "summary" or "ul":
                if (_stack.IsInScope(name))
                {
                    GenerateImpliedEndTagsAndPop(name);
                }

                return;
            case "form":
                BodyEndForm();
                return;
            case "p":
                if (!_stack.IsInScope("p", ScopeKind.Button))
                {
                    InsertElement("p", new HtmlAttributeList());
                    Pop();
                    return;
                }

                GenerateImpliedEndTagsAndPop("p");
                return;
            case "li":
                if (_stack.IsInScope("li", ScopeKind.ListItem))
                {
                    GenerateImpliedEndTagsAndPop("li");
                }

                return;
            case "dd" or "dt":
                if (_stack.IsInScope(name))
                {
                    GenerateImpliedEndTagsAndPop(name);
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (_stack.IsInScope("h1") || _stack.IsInScope("h2") || _stack.IsInScope("h3")
                    || _stack.IsInScope("h4") || _stack.IsInScope("h5") || _stack.IsInScope("h6"))
                {
                    GenerateImpliedEndTags();
                    PopUntilHeading();
                }

                return;
            case "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u":
                AdoptionAgency(name);
                return;
            case "applet" or "marquee" or "object":
                if (_stack.IsInScope(name))
                {
                    GenerateImpliedEndTags();
                    PopUntilName(name);
                    _formatting.ClearToLastMarker();
                }

                return;
            case "br":
                BodyStartTag("br", new HtmlAttributeList(), selfClosing: false);
                return;
            default:
                AnyOtherEndTag(name);
                return;
        }
    }

    private void BodyEndForm()
    {
        if (_stack.HasTemplate)
        {
            if (_stack.IsInScope("form"))
            {
                GenerateImpliedEndTagsAndPop("form");
            }

            return;
        }

        var node = _form;
        _form = null;
        if (node is null || !_stack.IsElementInScope(node))
        {
            return;
        }

        GenerateImpliedEndTags();
        if (ReferenceEquals(_stack.Current, node))
        {
            Pop();
        }
        else
        {
            // RemexHtml removes it from the stack without ending it.
            _stack.Remove(node);
        }
    }

    /// <summary>The "in head" start tags that may appear in body content.</summary>
    private void HeadStartTag(string name, HtmlAttributeList attributes)
    {
        switch (name)
        {
            case "base" or "basefont" or "bgsound" or "link" or "meta":
                InsertElement(name, attributes, isVoid: true);
                return;
            case "title":
                InsertRawTextElement(name, attributes, HtmlTokenizerState.RcData);
                return;
            case "noscript" or "noframes" or "style":
                InsertRawTextElement(name, attributes, HtmlTokenizerState.RawText);
                return;
            case "script":
                InsertRawTextElement(name, attributes, HtmlTokenizerState.ScriptData);
                return;
            default:
                // template
                _formatting.InsertMarker();
                _mode = InsertionMode.InTemplate;
                _templateModes.Push(InsertionMode.InTemplate);
                InsertElement(name, attributes);
                return;
        }
    }

    private void HeadEndTemplate()
    {
        if (!_stack.HasTemplate)
        {
            return;
        }

        GenerateImpliedEndTagsThoroughly();
        PopUntilName("template");
        _formatting.ClearToLastMarker();
        if (_templateModes.Count > 0)
        {
            _templateModes.Pop();
        }

        ResetInsertionMode();
    }

    private static bool IsAllWhitespace(string text)
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
}

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>End tags in "in body" mode, and the "in head" rules body content borrows.</content>
internal sealed partial class HtmlTreeBuilder
{
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

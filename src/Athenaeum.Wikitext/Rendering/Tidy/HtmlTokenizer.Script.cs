namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>Script data with its escaped and double-escaped states, as RemexHtml implements them.</content>
internal sealed partial class HtmlTokenizer
{
    /// <summary>
    /// Script data (§13.2.5.4 and the script data escape states): the script ends at the first
    /// <c>&lt;/script</c> that is not inside a <c>&lt;!-- &lt;script&gt; … --&gt;</c> double-escaped section.
    /// Like RemexHtml — whose pattern ends at PCRE's <c>$</c>, which also matches before a final newline —
    /// a script that runs to the end of the input loses one trailing newline.
    /// </summary>
    private void RunScriptData()
    {
        var start = _pos;
        var end = _text.Length > start && _text[^1] == '\n' ? _text.Length - 1 : _text.Length;
        var p = start;
        while (true)
        {
            var lt = IndexOfBefore('<', p, end);
            if (lt < 0)
            {
                break;
            }

            if (IsAppropriateEndTagAt(lt))
            {
                EmitText(start, lt, decode: false);
                _state = HtmlTokenizerState.Data;
                _pos = lt + 2;
                ReadTag(lt, isEndTag: true);
                return;
            }

            if (string.CompareOrdinal(_text, lt, "<!--", 0, 4) == 0 && lt + 4 <= end)
            {
                p = SkipEscaped(lt + 4, end);
            }
            else
            {
                p = lt + 1;
            }
        }

        EmitText(start, end, decode: false);
        _pos = _text.Length;
    }

    /// <summary>The escaped state after <c>&lt;!--</c>: returns where script data resumes.</summary>
    private int SkipEscaped(int p, int end)
    {
        while (p < end && _text[p] == '-')
        {
            p++;
        }

        while (p < end)
        {
            var close = IndexOfBefore("-->", p, end);
            var endTag = FindEndTag(p, end);
            var doubleStart = FindScriptTag(p, end, closing: false);
            var first = Min(close, endTag, doubleStart);
            if (first < 0)
            {
                return end;
            }

            if (first == close)
            {
                return close + 3;
            }

            if (first == endTag)
            {
                return endTag;
            }

            // Double escaped: until "-->" (not consumed) or "</script" (consumed, back to escaped).
            p = doubleStart + 8;
            var doubleClose = IndexOfBefore("-->", p, end);
            var scriptEnd = FindScriptTag(p, end, closing: true);
            var next = Min(doubleClose, scriptEnd, -1);
            if (next < 0)
            {
                return end;
            }

            if (next == doubleClose)
            {
                return doubleClose + 3;
            }

            p = scriptEnd + 9;
        }

        return end;
    }

    private int FindEndTag(int from, int end)
    {
        for (var lt = IndexOfBefore("</", from, end); lt >= 0; lt = IndexOfBefore("</", lt + 1, end))
        {
            if (IsAppropriateEndTagAt(lt))
            {
                return lt;
            }
        }

        return -1;
    }

    /// <summary>Finds <c>&lt;script</c> or <c>&lt;/script</c> (any case) followed by <c>\t \n \f space / &gt;</c>.</summary>
    private int FindScriptTag(int from, int end, bool closing)
    {
        var prefix = closing ? "</script" : "<script";
        for (var i = IndexOfBefore('<', from, end); i >= 0; i = IndexOfBefore('<', i + 1, end))
        {
            var after = i + prefix.Length;
            if (after < end && Sanitization.AsciiText.MatchesAt(_text, i, prefix)
                && (IsTagSpace(_text[after]) || _text[after] is '/' or '>'))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfBefore(char c, int from, int end) => from >= end ? -1 : _text.IndexOf(c, from, end - from);

    private int IndexOfBefore(string s, int from, int end)
    {
        if (from >= end)
        {
            return -1;
        }

        var i = _text.IndexOf(s, from, end - from, StringComparison.Ordinal);
        return i >= 0 && i + s.Length <= end ? i : -1;
    }

    private static int Min(int a, int b, int c)
    {
        var min = -1;
        foreach (var v in (ReadOnlySpan<int>)[a, b, c])
        {
            if (v >= 0 && (min < 0 || v < min))
            {
                min = v;
            }
        }

        return min;
    }
}

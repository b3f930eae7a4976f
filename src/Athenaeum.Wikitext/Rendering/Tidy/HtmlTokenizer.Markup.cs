using System.Text;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>Comments, DOCTYPEs, CDATA sections, bogus comments, and raw text (RCDATA, RAWTEXT, script data).</content>
internal sealed partial class HtmlTokenizer
{
    /// <summary>Markup declaration open: <c>&lt;!--</c>, <c>&lt;!DOCTYPE</c>, <c>&lt;![CDATA[</c> or a bogus comment.</summary>
    private void ReadMarkupDeclaration(int start)
    {
        var p = start + 2;
        if (string.CompareOrdinal(_text, p, "--", 0, 2) == 0)
        {
            ReadComment(p + 2);
        }
        else if (p + 7 <= _text.Length && string.Compare(_text, p, "DOCTYPE", 0, 7, StringComparison.OrdinalIgnoreCase) == 0
            && IsAsciiOnly(_text, p, 7))
        {
            // The tree builder ignores a DOCTYPE in body content; every DOCTYPE state ends at the first '>'.
            var gt = _text.IndexOf('>', p);
            _pos = gt < 0 ? _text.Length : gt + 1;
        }
        else if (string.CompareOrdinal(_text, p, "[CDATA[", 0, 7) == 0 && _handler.IsInForeignContent())
        {
            var contentStart = p + 7;
            var close = _text.IndexOf("]]>", contentStart, StringComparison.Ordinal);
            var contentEnd = close < 0 ? _text.Length : close;
            if (contentEnd > contentStart)
            {
                _handler.Characters(_text.Substring(contentStart, contentEnd - contentStart), contentStart, contentEnd - contentStart);
            }

            _pos = close < 0 ? _text.Length : close + 3;
        }
        else
        {
            ReadBogusComment(p);
        }
    }

    /// <summary>A bogus comment: everything from <paramref name="contentStart"/> to the next '&gt;'.</summary>
    private void ReadBogusComment(int contentStart)
    {
        var gt = _text.IndexOf('>', contentStart);
        var end = gt < 0 ? _text.Length : gt;
        _handler.Comment(_text.Substring(contentStart, end - contentStart));
        _pos = gt < 0 ? _text.Length : gt + 1;
    }

    /// <summary>The comment states of HTML5 (§13.2.5.43–52), from just after <c>&lt;!--</c>.</summary>
    private void ReadComment(int p)
    {
        var data = new StringBuilder();

        // Comment start and comment start dash: "<!-->" and "<!--->" are empty comments.
        if (p < _text.Length && _text[p] == '>')
        {
            _handler.Comment(string.Empty);
            _pos = p + 1;
            return;
        }

        if (p + 1 < _text.Length && _text[p] == '-' && _text[p + 1] == '>')
        {
            _handler.Comment(string.Empty);
            _pos = p + 2;
            return;
        }

        while (p < _text.Length)
        {
            var c = _text[p];
            if (c != '-')
            {
                data.Append(c);
                p++;
                continue;
            }

            // Comment end dash / comment end / comment end bang.
            var dashes = 0;
            while (p < _text.Length && _text[p] == '-')
            {
                dashes++;
                p++;
            }

            if (dashes >= 2 && p < _text.Length && _text[p] == '>')
            {
                data.Append('-', dashes - 2);
                _handler.Comment(data.ToString());
                _pos = p + 1;
                return;
            }

            if (dashes >= 2 && p + 1 < _text.Length && _text[p] == '!' && _text[p + 1] == '>')
            {
                data.Append('-', dashes - 2);
                _handler.Comment(data.ToString());
                _pos = p + 2;
                return;
            }

            if (dashes >= 2 && p == _text.Length - 1 && _text[p] == '!')
            {
                data.Append('-', dashes - 2);
                p++;
                break;
            }

            if (p >= _text.Length)
            {
                // EOF in the comment end: the trailing dashes are not data.
                data.Append('-', Math.Max(0, dashes - 2));
                break;
            }

            data.Append('-', dashes);
        }

        _handler.Comment(data.ToString());
        _pos = _text.Length;
    }

    /// <summary>RCDATA and RAWTEXT: text up to the appropriate end tag.</summary>
    private void RunRawText()
    {
        if (_state == HtmlTokenizerState.ScriptData)
        {
            RunScriptData();
            return;
        }

        var start = _pos;
        var search = _pos;
        while (true)
        {
            var lt = _text.IndexOf("</", search, StringComparison.Ordinal);
            if (lt < 0)
            {
                EmitText(start, _text.Length, _decodeReferences && _state == HtmlTokenizerState.RcData);
                _pos = _text.Length;
                return;
            }

            if (IsAppropriateEndTagAt(lt))
            {
                EmitText(start, lt, _decodeReferences && _state == HtmlTokenizerState.RcData);
                _state = HtmlTokenizerState.Data;
                _pos = lt + 2;
                ReadTag(lt, isEndTag: true);
                return;
            }

            search = lt + 2;
        }
    }

    /// <summary>Whether "&lt;/" + the appropriate end tag name + one of <c>\t \n \f space / &gt;</c> starts at <paramref name="lt"/>.</summary>
    private bool IsAppropriateEndTagAt(int lt)
    {
        var nameEnd = lt + 2 + _appropriateEndTag.Length;
        return nameEnd < _text.Length
            && _text[lt] == '<' && _text[lt + 1] == '/'
            && string.Compare(_text, lt + 2, _appropriateEndTag, 0, _appropriateEndTag.Length, StringComparison.OrdinalIgnoreCase) == 0
            && IsAsciiOnly(_text, lt + 2, _appropriateEndTag.Length)
            && (IsTagSpace(_text[nameEnd]) || _text[nameEnd] is '/' or '>');
    }

    private static bool IsAsciiOnly(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}

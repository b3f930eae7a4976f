namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <content>Tags and their attributes (tag name, attribute name/value, self-closing states).</content>
internal sealed partial class HtmlTokenizer
{
    /// <summary>Reads a tag whose name starts at <see cref="_pos"/>; <paramref name="start"/> is its '&lt;'.</summary>
    private void ReadTag(int start, bool isEndTag)
    {
        var nameStart = _pos;
        while (_pos < _text.Length && !IsTagSpace(_text[_pos]) && _text[_pos] is not ('/' or '>'))
        {
            _pos++;
        }

        if (_pos >= _text.Length)
        {
            // EOF in a tag: the tag is dropped.
            return;
        }

        var name = LowerAscii(_text, nameStart, _pos);
        var attributes = _text[_pos] == '>' ? HtmlAttributeList.Empty : new HtmlAttributeList();
        if (!ReadAttributes(attributes, out var selfClosing))
        {
            // EOF inside the tag (an unclosed quote runs to the end): the tag and the rest are dropped.
            _pos = _text.Length;
            return;
        }

        var length = _pos - start;
        if (isEndTag)
        {
            _handler.EndTag(name, start, length);
        }
        else
        {
            _handler.StartTag(name, attributes, selfClosing, start, length);
        }
    }

    /// <summary>
    /// Reads attributes up to and including the closing '&gt;'. Returns false when the input ends first
    /// (the tag is then dropped, as HTML5 does).
    /// </summary>
    private bool ReadAttributes(HtmlAttributeList attributes, out bool selfClosing)
    {
        selfClosing = false;
        while (true)
        {
            // Before attribute name.
            while (_pos < _text.Length && IsTagSpace(_text[_pos]))
            {
                _pos++;
            }

            if (_pos >= _text.Length)
            {
                return false;
            }

            var c = _text[_pos];
            if (c == '>')
            {
                _pos++;
                return true;
            }

            if (c == '/')
            {
                // Self-closing start tag state.
                _pos++;
                if (_pos >= _text.Length)
                {
                    return false;
                }

                if (_text[_pos] == '>')
                {
                    _pos++;
                    selfClosing = true;
                    return true;
                }

                continue;
            }

            // Attribute name: the first character may be '=', later ones may not.
            var nameStart = _pos++;
            while (_pos < _text.Length && !IsTagSpace(_text[_pos]) && _text[_pos] is not ('/' or '>' or '='))
            {
                _pos++;
            }

            var name = LowerAscii(_text, nameStart, _pos);

            // After attribute name.
            while (_pos < _text.Length && IsTagSpace(_text[_pos]))
            {
                _pos++;
            }

            if (_pos >= _text.Length)
            {
                return false;
            }

            if (_text[_pos] != '=')
            {
                attributes.TryAdd(name, string.Empty);
                continue;
            }

            _pos++;
            if (!ReadAttributeValue(out var value))
            {
                return false;
            }

            attributes.TryAdd(name, value);
        }
    }

    /// <summary>Reads an attribute value after its '='; returns false at EOF.</summary>
    private bool ReadAttributeValue(out string value)
    {
        value = string.Empty;
        while (_pos < _text.Length && IsTagSpace(_text[_pos]))
        {
            _pos++;
        }

        if (_pos >= _text.Length)
        {
            return false;
        }

        var quote = _text[_pos];
        if (quote is '"' or '\'')
        {
            var close = _text.IndexOf(quote, _pos + 1);
            if (close < 0)
            {
                return false;
            }

            value = AttributeText(_pos + 1, close);
            _pos = close + 1;

            // After attribute value (quoted): anything but space, '/' or '>' starts the next attribute.
            return true;
        }

        if (quote == '>')
        {
            // Missing value: the tag ends here.
            return true;
        }

        var start = _pos;
        while (_pos < _text.Length && !IsTagSpace(_text[_pos]) && _text[_pos] != '>')
        {
            _pos++;
        }

        if (_pos >= _text.Length)
        {
            return false;
        }

        value = AttributeText(start, _pos);
        return true;
    }

    private string AttributeText(int start, int end) =>
        _decodeReferences ? HtmlCharacterReferenceDecoder.Decode(_text, start, end, inAttribute: true) : _text.Substring(start, end - start);

    private static string LowerAscii(string text, int start, int end)
    {
        var i = start;
        while (i < end && !char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }

        if (i == end)
        {
            return text.Substring(start, end - start);
        }

        return string.Create(end - start, (text, start), static (span, state) =>
        {
            for (var j = 0; j < span.Length; j++)
            {
                var c = state.text[state.start + j];
                span[j] = char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
            }
        });
    }
}

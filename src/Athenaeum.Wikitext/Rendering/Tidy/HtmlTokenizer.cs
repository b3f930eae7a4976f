namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// An HTML5 tokenizer (WHATWG HTML §13.2.5) with the options MediaWiki gives RemexHtml: input is not
/// pre-processed (CR stays an ordinary character, NUL is passed through), parse errors are ignored,
/// and character references can be left undecoded (<see cref="HtmlTokenizerOptions.IgnoreCharacterReferences"/>)
/// because the parser has already normalized them. A text run is one token up to the next markup, so a
/// stray <c>&lt;</c> stays inside its text.
/// </summary>
/// <remarks>Not thread-safe: one instance per input. The tree builder switches its state for raw text elements.</remarks>
internal sealed partial class HtmlTokenizer
{
    private readonly string _text;
    private readonly IHtmlTokenHandler _handler;
    private readonly bool _decodeReferences;
    private int _pos;
    private HtmlTokenizerState _state = HtmlTokenizerState.Data;
    private string _appropriateEndTag = string.Empty;

    /// <summary>Initializes a new instance of the <see cref="HtmlTokenizer"/> class.</summary>
    /// <param name="text">The input.</param>
    /// <param name="handler">Receives the tokens.</param>
    /// <param name="options">Tokenizer options.</param>
    public HtmlTokenizer(string text, IHtmlTokenHandler handler, HtmlTokenizerOptions options)
    {
        _text = text;
        _handler = handler;
        _decodeReferences = !options.IgnoreCharacterReferences;
    }

    /// <summary>Switches the state, as the tree builder does after <c>&lt;style&gt;</c>, <c>&lt;textarea&gt;</c> and friends.</summary>
    /// <param name="state">The new state.</param>
    /// <param name="appropriateEndTag">The tag name that ends raw text.</param>
    public void SwitchState(HtmlTokenizerState state, string appropriateEndTag)
    {
        _state = state;
        _appropriateEndTag = appropriateEndTag;
    }

    /// <summary>Tokenizes the whole input.</summary>
    public void Run()
    {
        while (_pos < _text.Length)
        {
            switch (_state)
            {
                case HtmlTokenizerState.Data:
                    RunData();
                    break;
                case HtmlTokenizerState.PlainText:
                    EmitText(_pos, _text.Length, decode: false);
                    _pos = _text.Length;
                    break;
                default:
                    RunRawText();
                    break;
            }
        }

        _handler.EndOfFile();
    }

    /// <summary>The data state: text up to the next markup, then the markup.</summary>
    private void RunData()
    {
        var start = _pos;
        var lt = _text.IndexOf('<', _pos);
        while (lt >= 0 && lt + 1 < _text.Length && !StartsMarkup(_text[lt + 1]))
        {
            // A '<' that starts no tag, comment or declaration is text (parse error).
            lt = _text.IndexOf('<', lt + 1);
        }

        if (lt < 0 || lt + 1 >= _text.Length)
        {
            EmitText(start, _text.Length, _decodeReferences);
            _pos = _text.Length;
            return;
        }

        if (lt > start)
        {
            EmitText(start, lt, _decodeReferences);
        }

        _pos = lt;
        ReadMarkup();
    }

    private static bool StartsMarkup(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    /// <summary>Reads the markup at <see cref="_pos"/> (which holds a '&lt;' that starts markup).</summary>
    private void ReadMarkup()
    {
        var start = _pos;
        var next = _text[start + 1];
        if (char.IsAsciiLetter(next))
        {
            _pos = start + 1;
            ReadTag(start, isEndTag: false);
        }
        else if (next == '/')
        {
            ReadEndTagOpen(start);
        }
        else if (next == '!')
        {
            ReadMarkupDeclaration(start);
        }
        else
        {
            // "<?": a bogus comment that includes the '?'.
            ReadBogusComment(start + 1);
        }
    }

    private void ReadEndTagOpen(int start)
    {
        var p = start + 2;
        if (p >= _text.Length)
        {
            // "</" at the end of the input is text.
            _handler.Characters("</", start, 2);
            _pos = _text.Length;
        }
        else if (char.IsAsciiLetter(_text[p]))
        {
            _pos = p;
            ReadTag(start, isEndTag: true);
        }
        else if (_text[p] == '>')
        {
            // "</>" is ignored.
            _pos = p + 1;
        }
        else
        {
            ReadBogusComment(p);
        }
    }

    private void EmitText(int start, int end, bool decode)
    {
        if (end <= start)
        {
            return;
        }

        var text = decode ? HtmlCharacterReferenceDecoder.Decode(_text, start, end, inAttribute: false) : _text.Substring(start, end - start);
        _handler.Characters(text, start, end - start);
    }

    private static bool IsTagSpace(char c) => c is '\t' or '\n' or '\f' or ' ';
}

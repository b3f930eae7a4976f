using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <summary>
/// Builds the preprocessor tree of a wikitext in one left-to-right scan with a stack of open
/// constructs, as MediaWiki's Preprocessor_Hash::buildDomTreeArrayFromText does. The productions
/// are written down in docs/wikitext-grammar.md; each <c>Parse…</c> method is named after one.
/// </summary>
/// <remarks>Not thread-safe: one instance parses one text. The scan never recurses, so deeply nested input cannot overflow the stack.</remarks>
internal sealed partial class PreprocessorParser
{
    private readonly string _text;
    private readonly bool _forInclusion;
    private readonly IReadOnlySet<string> _extensionTags;
    private readonly bool _languageConversion;
    private readonly List<StackElement> _stack = [];
    private readonly Accumulator _root;
    private readonly HashSet<string> _noMoreClosingTag = new(StringComparer.Ordinal);
    private readonly bool _enableOnlyInclude;
    private readonly int _maxTagNameLength;

    private Accumulator _accum;
    private int _i;
    private int _headingIndex = 1;
    private bool _findEquals;
    private bool _findPipe;
    private bool _inHeading;
    private bool _noMoreGreaterThan;
    private bool _findOnlyInclude;
    private bool _fakeLineStart = true;

    /// <summary>Initializes a new instance of the <see cref="PreprocessorParser"/> class.</summary>
    /// <param name="text">The wikitext.</param>
    /// <param name="forInclusion">Whether the text is being transcluded (noinclude/includeonly/onlyinclude rules).</param>
    /// <param name="extensionTags">The registered extension tag names, lowercase.</param>
    /// <param name="languageConversion">Whether "-{" opens a language-conversion construct (MediaWiki's default).</param>
    public PreprocessorParser(string text, bool forInclusion, IReadOnlySet<string> extensionTags, bool languageConversion = true)
    {
        _text = text;
        _forInclusion = forInclusion;
        _extensionTags = extensionTags;
        _languageConversion = languageConversion;
        _root = new Accumulator(text, 0);
        _accum = _root;
        _enableOnlyInclude = forInclusion
            && text.Contains("<onlyinclude>", StringComparison.Ordinal)
            && text.Contains("</onlyinclude>", StringComparison.Ordinal);
        _findOnlyInclude = _enableOnlyInclude;
        _maxTagNameLength = "/onlyinclude".Length;
        foreach (var tag in extensionTags)
        {
            _maxTagNameLength = Math.Max(_maxTagNameLength, tag.Length);
        }
    }

    /// <summary>Gets the number of headings found (the last heading index).</summary>
    public int HeadingCount => _headingIndex - 1;

    /// <summary>Parses DOCUMENT: the whole text into the tree.</summary>
    /// <returns>The root list.</returns>
    public NodeList ParseDocument()
    {
        while (true)
        {
            if (_findOnlyInclude && !ParseOnlyIncludeGap())
            {
                break;
            }

            Token found;
            if (_fakeLineStart)
            {
                found = Token.LineStart;
            }
            else
            {
                found = ScanLiteral();
                if (found == Token.EndOfText)
                {
                    break;
                }

                if (found == Token.None)
                {
                    continue;
                }
            }

            switch (found)
            {
                case Token.Angle:
                    ParseAngle();
                    break;
                case Token.LineStart:
                    ParseLineStart();
                    break;
                case Token.LineEnd:
                    ParseHeadingEnd();
                    break;
                case Token.Open:
                    ParseOpening();
                    break;
                case Token.Close:
                    ParseClosing();
                    break;
                case Token.Pipe:
                    ParsePipe();
                    break;
                case Token.EqualsSign:
                    ParseEquals();
                    break;
            }
        }

        // Whatever is still open was never closed: it is text (MediaWiki's breakSyntax of each element).
        foreach (var piece in _stack)
        {
            _root.AddRange(piece.BreakSyntax());
        }

        _stack.Clear();

        // Only headings at the top level are section headings (MediaWiki's possible-h → h).
        _root.ReplaceNodes(static node => node is Heading { IsSectionHeading: false } heading
            ? new Heading(heading.Level, heading.Index, heading.Content, isSectionHeading: true)
            : null);
        return _root.ToNodeList();
    }

    /// <summary>Re-reads the scanning flags from the element on top of the stack (MediaWiki's getFlags).</summary>
    private void RefreshFlags()
    {
        if (_stack.Count == 0)
        {
            _accum = _root;
            _findEquals = false;
            _findPipe = false;
            _inHeading = false;
            return;
        }

        var top = _stack[^1];
        _accum = top.CurrentPart.Out;
        _findEquals = top.FindEquals;
        _findPipe = top.FindPipe;
        _inHeading = top.InHeading;
    }

    private void Push(StackElement piece)
    {
        _stack.Add(piece);
        RefreshFlags();
    }

    private StackElement Pop()
    {
        var piece = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        RefreshFlags();
        return piece;
    }

    private StackElement? Top => _stack.Count == 0 ? null : _stack[^1];
}

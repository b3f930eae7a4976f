namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>
/// Parses CSS tokens into rules, component values and declarations as CSS Syntax Level 3 §5 does,
/// recording parse errors. Nesting of blocks and functions is limited.
/// </summary>
/// <remarks>Not thread-safe: one instance per input.</remarks>
internal sealed class CssParser
{
    private const int MaxDepth = 100;
    private readonly List<CssToken> _tokens;
    private readonly List<CssError> _errors;
    private int _pos;

    /// <summary>Initializes a new instance of the <see cref="CssParser"/> class.</summary>
    /// <param name="css">The CSS.</param>
    /// <param name="errors">Receives the parse errors.</param>
    public CssParser(string css, List<CssError> errors)
    {
        _errors = errors;
        _tokens = new CssTokenizer(css, errors).Tokenize();
    }

    private CssToken Current => _tokens[_pos];

    /// <summary>Parses a style sheet (consume a list of rules, top level).</summary>
    /// <returns>The rules.</returns>
    public List<CssRule> ParseStylesheet()
    {
        var rules = new List<CssRule>();
        while (true)
        {
            var token = Current;
            switch (token.Type)
            {
                case CssTokenType.Eof:
                    return rules;
                case CssTokenType.Whitespace or CssTokenType.Cdo or CssTokenType.Cdc:
                    _pos++;
                    break;
                case CssTokenType.AtKeyword:
                    rules.Add(ConsumeAtRule());
                    break;
                default:
                    if (ConsumeQualifiedRule() is { } rule)
                    {
                        rules.Add(rule);
                    }

                    break;
            }
        }
    }

    /// <summary>Parses the rules inside a block (an <c>@media</c> body) from its component values.</summary>
    /// <param name="components">The block's content.</param>
    /// <param name="errors">Receives the parse errors.</param>
    /// <returns>The rules.</returns>
    public static List<CssRule> ParseRules(IReadOnlyList<CssComponent> components, List<CssError> errors)
    {
        var rules = new List<CssRule>();
        var i = 0;
        while (i < components.Count)
        {
            var c = components[i];
            if (c.IsWhitespace || c.Token.Type is CssTokenType.Cdo or CssTokenType.Cdc)
            {
                i++;
                continue;
            }

            var start = c.Token;
            var prelude = new List<CssComponent>();
            var at = c.Token.Type == CssTokenType.AtKeyword && c.Children is null ? c.Token.Value : null;
            if (at is not null)
            {
                i++;
            }

            IReadOnlyList<CssComponent>? block = null;
            var ended = false;
            while (i < components.Count)
            {
                var x = components[i++];
                if (x.Token.Type == CssTokenType.LeftBrace && x.IsBlock)
                {
                    block = x.Children;
                    ended = true;
                    break;
                }

                if (at is not null && x.Token.Type == CssTokenType.Semicolon && x.Children is null)
                {
                    ended = true;
                    break;
                }

                prelude.Add(x);
            }

            if (at is null && block is null)
            {
                errors.Add(new CssError("unexpected-eof-in-rule", start.Line, start.Column));
                continue;
            }

            if (ended || at is not null)
            {
                rules.Add(new CssRule(at, prelude, block, start.Line, start.Column));
            }
        }

        return rules;
    }

    /// <summary>Parses the declarations of a block (consume a list of declarations), skipping what is not one.</summary>
    /// <param name="components">The block's content.</param>
    /// <param name="errors">Receives the parse errors.</param>
    /// <returns>The declarations.</returns>
    public static List<CssDeclaration> ParseDeclarations(IReadOnlyList<CssComponent> components, List<CssError> errors)
    {
        var declarations = new List<CssDeclaration>();
        var i = 0;
        while (i < components.Count)
        {
            var c = components[i];
            if (c.IsWhitespace || (c.Token.Type == CssTokenType.Semicolon && c.Children is null))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < components.Count && !(components[i].Token.Type == CssTokenType.Semicolon && components[i].Children is null))
            {
                i++;
            }

            var part = components.Skip(start).Take(i - start).ToList();
            if (c.Token.Type == CssTokenType.AtKeyword)
            {
                errors.Add(new CssError("unexpected-token-in-declaration-list", c.Token.Line, c.Token.Column));
                continue;
            }

            if (c.Token.Type != CssTokenType.Ident || c.Children is not null)
            {
                errors.Add(new CssError("expected-declaration", c.Token.Line, c.Token.Column));
                continue;
            }

            if (MakeDeclaration(part, errors) is { } declaration)
            {
                declarations.Add(declaration);
            }
        }

        return declarations;
    }

    private static CssDeclaration? MakeDeclaration(List<CssComponent> part, List<CssError> errors)
    {
        var name = part[0].Token;
        var k = 1;
        while (k < part.Count && part[k].IsWhitespace)
        {
            k++;
        }

        if (k >= part.Count || part[k].Token.Type != CssTokenType.Colon || part[k].Children is not null)
        {
            errors.Add(new CssError("expected-colon", name.Line, name.Column));
            return null;
        }

        var value = part.Skip(k + 1).ToList();
        Trim(value);
        var important = false;
        var n = value.Count;
        if (n >= 2 && value[n - 1].Token.IsIdent("important") && value[n - 1].Children is null)
        {
            var bang = n - 2;
            while (bang >= 0 && value[bang].IsWhitespace)
            {
                bang--;
            }

            if (bang >= 0 && value[bang].Token.IsDelim('!'))
            {
                important = true;
                value.RemoveRange(bang, n - bang);
                Trim(value);
            }
        }

        return new CssDeclaration(name.Value.ToLowerInvariant(), value, important, name.Line, name.Column);
    }

    private static void Trim(List<CssComponent> values)
    {
        while (values.Count > 0 && values[^1].IsWhitespace)
        {
            values.RemoveAt(values.Count - 1);
        }

        while (values.Count > 0 && values[0].IsWhitespace)
        {
            values.RemoveAt(0);
        }
    }

    private CssRule ConsumeAtRule()
    {
        var start = Current;
        _pos++;
        var prelude = new List<CssComponent>();
        while (true)
        {
            var token = Current;
            switch (token.Type)
            {
                case CssTokenType.Semicolon:
                    _pos++;
                    return new CssRule(start.Value, prelude, null, start.Line, start.Column);
                case CssTokenType.Eof:
                    _errors.Add(new CssError("unexpected-eof-in-rule", start.Line, start.Column));
                    return new CssRule(start.Value, prelude, null, start.Line, start.Column);
                case CssTokenType.LeftBrace:
                    var block = ConsumeComponent(0);
                    return new CssRule(start.Value, prelude, block.Children, start.Line, start.Column);
                default:
                    prelude.Add(ConsumeComponent(0));
                    break;
            }
        }
    }

    private CssRule? ConsumeQualifiedRule()
    {
        var start = Current;
        var prelude = new List<CssComponent>();
        while (true)
        {
            var token = Current;
            if (token.Type == CssTokenType.Eof)
            {
                _errors.Add(new CssError("unexpected-eof-in-rule", start.Line, start.Column));
                return null;
            }

            if (token.Type == CssTokenType.LeftBrace)
            {
                var block = ConsumeComponent(0);
                return new CssRule(null, prelude, block.Children, start.Line, start.Column);
            }

            prelude.Add(ConsumeComponent(0));
        }
    }

    private CssComponent ConsumeComponent(int depth)
    {
        var token = Current;
        _pos++;
        var close = token.Type switch
        {
            CssTokenType.LeftBrace => CssTokenType.RightBrace,
            CssTokenType.LeftBracket => CssTokenType.RightBracket,
            CssTokenType.LeftParen or CssTokenType.Function => CssTokenType.RightParen,
            _ => CssTokenType.Eof,
        };
        if (close == CssTokenType.Eof)
        {
            return new CssComponent(token);
        }

        if (depth >= MaxDepth)
        {
            // Too deep: the rest of this block is skipped, so nothing nested can be smuggled through.
            _errors.Add(new CssError("recursion-depth-exceeded", token.Line, token.Column));
            SkipToClose();
            return new CssComponent(token, []);
        }

        var children = new List<CssComponent>();
        while (true)
        {
            var next = Current;
            if (next.Type == close)
            {
                _pos++;
                return new CssComponent(token, children);
            }

            if (next.Type == CssTokenType.Eof)
            {
                _errors.Add(new CssError(token.Type == CssTokenType.Function ? "unexpected-eof-in-function" : "unexpected-eof-in-block", token.Line, token.Column));
                return new CssComponent(token, children);
            }

            children.Add(ConsumeComponent(depth + 1));
        }
    }

    private void SkipToClose()
    {
        var depth = 1;
        while (Current.Type != CssTokenType.Eof && depth > 0)
        {
            var t = Current.Type;
            if (t is CssTokenType.LeftBrace or CssTokenType.LeftBracket or CssTokenType.LeftParen or CssTokenType.Function)
            {
                depth++;
            }
            else if (t is CssTokenType.RightBrace or CssTokenType.RightBracket or CssTokenType.RightParen)
            {
                depth--;
            }

            _pos++;
        }
    }
}

using System.Text;

namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>
/// Sanitizes a TemplateStyles sheet as TemplateStyles' configuration of css-sanitizer does: style
/// rules with valid selectors, scoped under the wrapper selector, keeping only allowed declarations
/// (<see cref="CssProperties"/>); <c>@media</c> and <c>@supports</c> with valid conditions, their
/// rules sanitized the same way; <c>@keyframes</c> and <c>@page</c> with allowed declarations. Every
/// other at-rule — <c>@import</c>, <c>@font-face</c> (its fonts would be URLs), <c>@namespace</c>,
/// <c>@charset</c> — is dropped. What is dropped is reported as an error, with its position.
/// </summary>
/// <remarks>Not thread-safe: one instance per sheet.</remarks>
internal sealed class StylesheetSanitizer
{
    private readonly string _prefix;
    private readonly List<CssError> _errors = [];

    /// <summary>Initializes a new instance of the <see cref="StylesheetSanitizer"/> class.</summary>
    /// <param name="prefix">The serialized wrapper selector (".mw-parser-output", maybe followed by " " and an extra wrapper).</param>
    public StylesheetSanitizer(string prefix) => _prefix = prefix;

    /// <summary>Gets the parse and sanitization errors, in order.</summary>
    public IReadOnlyList<CssError> Errors => _errors;

    /// <summary>Parses and sanitizes a sheet and writes it minified.</summary>
    /// <param name="css">The sheet's text.</param>
    /// <returns>The sanitized CSS.</returns>
    public string Sanitize(string css)
    {
        var rules = new CssParser(css, _errors).ParseStylesheet();
        var sb = new StringBuilder();
        foreach (var rule in rules)
        {
            sb.Append(SanitizeRule(rule, nested: false));
        }

        return sb.ToString();
    }

    private static string Trimmed(IReadOnlyList<CssComponent> values)
    {
        var list = values.ToList();
        while (list.Count > 0 && list[0].IsWhitespace)
        {
            list.RemoveAt(0);
        }

        while (list.Count > 0 && list[^1].IsWhitespace)
        {
            list.RemoveAt(list.Count - 1);
        }

        return CssSerializer.Values(list);
    }

    private static bool IsValidMediaQueryList(IReadOnlyList<CssComponent> prelude)
    {
        var significant = prelude.Where(c => !c.IsWhitespace).ToList();
        if (significant.Count == 0)
        {
            return true;
        }

        foreach (var c in significant)
        {
            if (c.Children is null)
            {
                if (c.Token.Type is not (CssTokenType.Ident or CssTokenType.Comma))
                {
                    return false;
                }
            }
            else if (!(c.IsBlock && c.Token.Type == CssTokenType.LeftParen && IsValidMediaFeature(c.Children)))
            {
                return false;
            }
        }

        return true;
    }

    // (feature), (feature: value), (width >= 600px), (400px < width < 700px), (aspect-ratio: 16/9); nested (…) for MQ4 "and"/"or"/"not".
    private static bool IsValidMediaFeature(IReadOnlyList<CssComponent> content)
    {
        var items = content.Where(c => !c.IsWhitespace).ToList();
        if (items.Count == 0)
        {
            return false;
        }

        foreach (var c in items)
        {
            if (c.IsBlock && c.Token.Type == CssTokenType.LeftParen)
            {
                if (!IsValidMediaFeature(c.Children!))
                {
                    return false;
                }

                continue;
            }

            if (c.Children is not null)
            {
                return false;
            }

            var t = c.Token;
            var ok = t.Type is CssTokenType.Ident or CssTokenType.Number or CssTokenType.Dimension or CssTokenType.Colon or CssTokenType.Percentage
                || (t.Type == CssTokenType.Delim && t.Value is "/" or "<" or ">" or "=");
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private string SanitizeRule(CssRule rule, bool nested)
    {
        if (rule.AtName is null)
        {
            return SanitizeStyleRule(rule);
        }

        var name = rule.AtName.ToLowerInvariant();
        switch (name)
        {
            case "media":
                return SanitizeConditionalRule(rule, "media", IsValidMediaQueryList(rule.Prelude), "invalid-media-query");
            case "supports":
                return SanitizeConditionalRule(rule, "supports", IsValidSupportsCondition(rule.Prelude), "invalid-supports-condition");
            case "keyframes" when !nested:
                return SanitizeKeyframes(rule);
            case "page" when !nested:
                return SanitizePage(rule);
            default:
                _errors.Add(new CssError("unrecognized-rule", rule.Line, rule.Column));
                return string.Empty;
        }
    }

    private string SanitizeStyleRule(CssRule rule)
    {
        var selectors = CssSelectors.Parse(rule.Prelude);
        if (selectors is null)
        {
            var first = rule.Prelude.FirstOrDefault(c => !c.IsWhitespace);
            _errors.Add(first is null
                ? new CssError("missing-selector-list", rule.Line, rule.Column)
                : new CssError("invalid-selector-list", first.Token.Line, first.Token.Column));
            return string.Empty;
        }

        return CssSelectors.Serialize(selectors, _prefix) + "{" + Declarations(rule.Block ?? []) + "}";
    }

    private string SanitizeConditionalRule(CssRule rule, string name, bool valid, string error)
    {
        if (!valid)
        {
            var first = rule.Prelude.FirstOrDefault(c => !c.IsWhitespace);
            _errors.Add(new CssError(error, first?.Token.Line ?? rule.Line, first?.Token.Column ?? rule.Column));
            return string.Empty;
        }

        if (rule.Block is null)
        {
            _errors.Add(new CssError("at-rule-block-required", rule.Line, rule.Column, name));
            return string.Empty;
        }

        var inner = new StringBuilder();
        foreach (var child in CssParser.ParseRules(rule.Block, _errors))
        {
            inner.Append(SanitizeRule(child, nested: true));
        }

        var prelude = Trimmed(rule.Prelude);
        var separator = prelude.Length == 0 || prelude[0] == '(' ? string.Empty : " ";
        return "@" + name + separator + prelude + "{" + inner + "}";
    }

    // not (…), (…) and (…), (…) or (…), where each (…) is a declaration or a nested condition.
    private bool IsValidSupportsCondition(IReadOnlyList<CssComponent> prelude)
    {
        var items = prelude.Where(c => !c.IsWhitespace).ToList();
        if (items.Count == 0)
        {
            return false;
        }

        foreach (var c in items)
        {
            if (c.Children is null)
            {
                if (!(c.Token.IsIdent("not") || c.Token.IsIdent("and") || c.Token.IsIdent("or")))
                {
                    return false;
                }

                continue;
            }

            if (!c.IsBlock || c.Token.Type != CssTokenType.LeftParen)
            {
                return false;
            }

            var inner = c.Children!.Where(x => !x.IsWhitespace).ToList();
            if (inner.Count > 0 && inner[0].Children is null && inner[0].Token.Type == CssTokenType.Ident && inner.Count > 1 && inner[1].Token.Type == CssTokenType.Colon)
            {
                var errors = new List<CssError>();
                var declarations = CssParser.ParseDeclarations(c.Children!, errors);
                if (errors.Count > 0 || declarations.Count != 1 || !CssProperties.IsKnown(declarations[0].Name) || !CssProperties.IsValidValue(declarations[0].Name, declarations[0].Value))
                {
                    return false;
                }
            }
            else if (!IsValidSupportsCondition(c.Children!))
            {
                return false;
            }
        }

        return true;
    }

    private string SanitizeKeyframes(CssRule rule)
    {
        var prelude = rule.Prelude.Where(c => !c.IsWhitespace).ToList();
        if (prelude.Count != 1 || prelude[0].Children is not null || prelude[0].Token.Type is not (CssTokenType.Ident or CssTokenType.String))
        {
            _errors.Add(new CssError(prelude.Count == 0 ? "missing-keyframe-name" : "invalid-keyframe-name", rule.Line, rule.Column));
            return string.Empty;
        }

        if (rule.Block is null)
        {
            _errors.Add(new CssError("at-rule-block-required", rule.Line, rule.Column, "keyframes"));
            return string.Empty;
        }

        var inner = new StringBuilder();
        foreach (var frame in CssParser.ParseRules(rule.Block, _errors))
        {
            var selectors = frame.Prelude.Where(c => !c.IsWhitespace).ToList();
            var valid = frame.AtName is null && selectors.Count > 0 && selectors.All(c => c.Children is null
                && (c.Token.Type is CssTokenType.Percentage or CssTokenType.Comma || c.Token.IsIdent("from") || c.Token.IsIdent("to")));
            if (!valid)
            {
                _errors.Add(new CssError("invalid-selector-list", frame.Line, frame.Column));
                continue;
            }

            inner.Append(Trimmed(frame.Prelude)).Append('{').Append(Declarations(frame.Block ?? [])).Append('}');
        }

        return "@keyframes " + CssSerializer.Token(prelude[0].Token) + "{" + inner + "}";
    }

    private string SanitizePage(CssRule rule)
    {
        var prelude = rule.Prelude.Where(c => !c.IsWhitespace).ToList();
        var valid = prelude.Count switch
        {
            0 => true,
            1 => prelude[0].Children is null && prelude[0].Token.Type == CssTokenType.Ident,
            2 => prelude[0].Token.Type == CssTokenType.Colon && prelude[1].Children is null && prelude[1].Token.Type == CssTokenType.Ident
                && prelude[1].Token.Value.ToLowerInvariant() is "first" or "left" or "right" or "blank",
            _ => false,
        };
        if (!valid || rule.Block is null)
        {
            _errors.Add(new CssError("invalid-page-selector", rule.Line, rule.Column));
            return string.Empty;
        }

        var selector = Trimmed(rule.Prelude);
        var separator = selector.Length == 0 || selector[0] == ':' ? string.Empty : " ";
        return "@page" + separator + selector + "{" + Declarations(rule.Block) + "}";
    }

    private string Declarations(IReadOnlyList<CssComponent> block)
    {
        var kept = new List<string>();
        foreach (var declaration in CssParser.ParseDeclarations(block, _errors))
        {
            if (!CssProperties.IsKnown(declaration.Name))
            {
                _errors.Add(new CssError("unrecognized-property", declaration.Line, declaration.Column));
                continue;
            }

            if (declaration.Value.Count == 0)
            {
                _errors.Add(new CssError("missing-value-for-property", declaration.Line, declaration.Column, declaration.Name));
                continue;
            }

            if (!CssProperties.IsValidValue(declaration.Name, declaration.Value))
            {
                var first = declaration.Value[0].Token;
                _errors.Add(new CssError("bad-value-for-property", first.Line, first.Column, declaration.Name));
                continue;
            }

            kept.Add(CssSerializer.Ident(declaration.Name) + ":" + CssSerializer.Values(declaration.Value) + (declaration.Important ? "!important" : string.Empty));
        }

        return string.Join(';', kept);
    }
}

using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>
/// Checks selector lists against the Selectors grammar that css-sanitizer accepts (type, universal,
/// id, class and attribute selectors; the common pseudo-classes, <c>:not()</c>, <c>:is()</c>,
/// <c>:where()</c>, <c>:nth-*()</c>, <c>:lang()</c>; the pseudo-elements; the four combinators) and
/// writes them scoped: every complex selector gets the wrapper selector in front of it, after any
/// leading <c>html</c>/<c>body</c> compounds (TemplateStyles' hoisting), minified.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class CssSelectors
{
    private static readonly FrozenSet<string> PseudoClasses = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "link", "visited", "any-link", "hover", "active", "focus", "focus-within", "focus-visible", "target", "enabled", "disabled",
        "checked", "indeterminate", "default", "valid", "invalid", "in-range", "out-of-range", "required", "optional", "read-only",
        "read-write", "placeholder-shown", "root", "empty", "first-child", "last-child", "only-child", "first-of-type",
        "last-of-type", "only-of-type", "before", "after", "first-line", "first-letter");

    private static readonly FrozenSet<string> PseudoElements = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "before", "after", "first-line", "first-letter", "selection", "marker", "placeholder", "backdrop");

    private static readonly FrozenSet<string> NthFunctions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type");

    /// <summary>Parses a selector list; <see langword="null"/> when it is not valid.</summary>
    /// <param name="prelude">The rule's prelude.</param>
    /// <returns>The complex selectors, each a list of compounds and combinators.</returns>
    public static List<List<SelectorPart>>? Parse(IReadOnlyList<CssComponent> prelude)
    {
        var selectors = new List<List<SelectorPart>>();
        foreach (var item in SplitOnCommas(prelude))
        {
            var complex = ParseComplex(item);
            if (complex is null)
            {
                return null;
            }

            selectors.Add(complex);
        }

        return selectors.Count > 0 ? selectors : null;
    }

    /// <summary>Writes a selector list with each selector scoped under <paramref name="prefix"/>.</summary>
    /// <param name="selectors">The parsed selectors.</param>
    /// <param name="prefix">The wrapper selector (".mw-parser-output"), already serialized.</param>
    /// <returns>The CSS text.</returns>
    public static string Serialize(List<List<SelectorPart>> selectors, string prefix)
    {
        var sb = new StringBuilder();
        foreach (var complex in selectors)
        {
            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            // The longest prefix of html/body compounds joined by descendant combinators is hoisted,
            // if a descendant combinator and more selector follow it.
            var hoisted = 0;
            for (var i = 0; i + 2 < complex.Count && IsHtmlOrBody(complex[i]) && complex[i + 1].Text == " "; i += 2)
            {
                hoisted = i + 2;
            }

            for (var i = 0; i < hoisted; i++)
            {
                sb.Append(complex[i].Text);
            }

            sb.Append(prefix).Append(' ');
            for (var i = hoisted; i < complex.Count; i++)
            {
                sb.Append(complex[i].Text);
            }
        }

        return sb.ToString();
    }

    /// <summary>Checks a simple selector sequence (a compound), as TemplateStyles' <c>wrapper</c> attribute must be.</summary>
    /// <param name="components">The components.</param>
    /// <returns>The serialized compound, or <see langword="null"/> when it is not one.</returns>
    public static string? ParseCompound(IReadOnlyList<CssComponent> components)
    {
        var list = components.ToList();
        var i = 0;
        var compound = ParseCompoundAt(list, ref i);
        return compound is not null && i == list.Count ? compound.Text : null;
    }

    private static bool IsHtmlOrBody(SelectorPart part)
        => part.Element is { } e && (e.Equals("html", StringComparison.OrdinalIgnoreCase) || e.Equals("body", StringComparison.OrdinalIgnoreCase));

    private static List<List<CssComponent>> SplitOnCommas(IReadOnlyList<CssComponent> prelude)
    {
        var items = new List<List<CssComponent>> { new() };
        foreach (var c in prelude)
        {
            if (c.Token.Type == CssTokenType.Comma && c.Children is null)
            {
                items.Add([]);
            }
            else
            {
                items[^1].Add(c);
            }
        }

        foreach (var item in items)
        {
            while (item.Count > 0 && item[0].IsWhitespace)
            {
                item.RemoveAt(0);
            }

            while (item.Count > 0 && item[^1].IsWhitespace)
            {
                item.RemoveAt(item.Count - 1);
            }
        }

        return items;
    }

    private static List<SelectorPart>? ParseComplex(List<CssComponent> item)
    {
        var parts = new List<SelectorPart>();
        var i = 0;
        while (true)
        {
            var compound = ParseCompoundAt(item, ref i);
            if (compound is null)
            {
                return null;
            }

            parts.Add(compound);
            if (i >= item.Count)
            {
                return parts;
            }

            // A combinator: whitespace, or ">", "+", "~" with optional whitespace around.
            var sawSpace = false;
            while (i < item.Count && item[i].IsWhitespace)
            {
                sawSpace = true;
                i++;
            }

            if (i >= item.Count)
            {
                return null;
            }

            var t = item[i].Token;
            if (item[i].Children is null && (t.IsDelim('>') || t.IsDelim('+') || t.IsDelim('~')))
            {
                parts.Add(new SelectorPart(t.Value, null));
                i++;
                while (i < item.Count && item[i].IsWhitespace)
                {
                    i++;
                }
            }
            else if (sawSpace)
            {
                parts.Add(new SelectorPart(" ", null));
            }
            else
            {
                return null;
            }
        }
    }

    private static SelectorPart? ParseCompoundAt(List<CssComponent> item, ref int i)
    {
        var sb = new StringBuilder();
        string? element = null;
        if (i < item.Count && item[i].Children is null)
        {
            var t = item[i].Token;
            if (t.Type == CssTokenType.Ident)
            {
                element = t.Value;
                sb.Append(CssSerializer.Ident(t.Value));
                i++;
            }
            else if (t.IsDelim('*'))
            {
                sb.Append('*');
                i++;
            }
        }

        var count = sb.Length > 0 ? 1 : 0;
        while (i < item.Count)
        {
            var c = item[i];
            var t = c.Token;
            if (c.IsWhitespace || (c.Children is null && (t.IsDelim('>') || t.IsDelim('+') || t.IsDelim('~'))))
            {
                break;
            }

            string? simple = null;
            if (c.Children is null && t.Type == CssTokenType.Hash && t.IsIdHash)
            {
                simple = CssSerializer.Token(t);
                i++;
            }
            else if (c.Children is null && t.IsDelim('.') && i + 1 < item.Count && item[i + 1].Children is null && item[i + 1].Token.Type == CssTokenType.Ident)
            {
                simple = "." + CssSerializer.Ident(item[i + 1].Token.Value);
                i += 2;
            }
            else if (c.IsBlock && t.Type == CssTokenType.LeftBracket)
            {
                simple = Attribute(c.Children!);
                i++;
            }
            else if (c.Children is null && t.Type == CssTokenType.Colon)
            {
                simple = Pseudo(item, ref i);
            }

            if (simple is null)
            {
                return null;
            }

            sb.Append(simple);
            count++;
        }

        return count > 0 ? new SelectorPart(sb.ToString(), element) : null;
    }

    // [name], [name=value], [name~="value" i]
    private static string? Attribute(IReadOnlyList<CssComponent> content)
    {
        var items = content.Where(c => !c.IsWhitespace).ToList();
        if (items.Count == 0 || items.Any(c => c.Children is not null) || items[0].Token.Type != CssTokenType.Ident)
        {
            return null;
        }

        var name = CssSerializer.Ident(items[0].Token.Value);
        if (items.Count == 1)
        {
            return "[" + name + "]";
        }

        var k = 1;
        var matcher = string.Empty;
        if (items[k].Token.Type == CssTokenType.Delim && items[k].Token.Value is "~" or "|" or "^" or "$" or "*")
        {
            matcher = items[k].Token.Value;
            k++;
        }

        if (k >= items.Count || !items[k].Token.IsDelim('='))
        {
            return null;
        }

        // The operator's two characters must be adjacent.
        if (matcher.Length > 0 && (items[k].Token.Line != items[k - 1].Token.Line || items[k].Token.Column != items[k - 1].Token.Column + 1))
        {
            return null;
        }

        k++;
        if (k >= items.Count || items[k].Token.Type is not (CssTokenType.Ident or CssTokenType.String))
        {
            return null;
        }

        var value = CssSerializer.Token(items[k].Token);
        k++;
        var flag = string.Empty;
        if (k < items.Count && (items[k].Token.IsIdent("i") || items[k].Token.IsIdent("s")))
        {
            flag = " " + items[k].Token.Value.ToLowerInvariant();
            k++;
        }

        return k == items.Count ? "[" + name + matcher + "=" + value + flag + "]" : null;
    }

    private static string? Pseudo(List<CssComponent> item, ref int i)
    {
        i++;
        var element = false;
        if (i < item.Count && item[i].Children is null && item[i].Token.Type == CssTokenType.Colon)
        {
            element = true;
            i++;
        }

        if (i >= item.Count)
        {
            return null;
        }

        var c = item[i];
        if (c.Children is null && c.Token.Type == CssTokenType.Ident)
        {
            var known = element ? PseudoElements.Contains(c.Token.Value) : PseudoClasses.Contains(c.Token.Value);
            i++;
            return known ? (element ? "::" : ":") + CssSerializer.Ident(c.Token.Value) : null;
        }

        if (element || !c.IsFunction)
        {
            return null;
        }

        i++;
        var name = c.Token.Value.ToLowerInvariant();
        var args = c.Children!.ToList();
        if (name is "not" or "is" or "where")
        {
            var inner = Parse(args);
            return inner is null ? null : ":" + name + "(" + string.Join(',', inner.Select(s => string.Concat(s.Select(p => p.Text)))) + ")";
        }

        if (NthFunctions.Contains(name))
        {
            var text = string.Concat(args.Where(a => !a.IsWhitespace).Select(a => a.Children is null ? CssSerializer.Token(a.Token) : "\0"));
            return NthRegex().IsMatch(text) ? ":" + name + "(" + text.ToLowerInvariant() + ")" : null;
        }

        if (name is "lang" or "dir")
        {
            var values = args.Where(a => !a.IsWhitespace).ToList();
            return values.Count == 1 && values[0].Children is null && values[0].Token.Type is CssTokenType.Ident or CssTokenType.String
                ? ":" + name + "(" + CssSerializer.Token(values[0].Token) + ")"
                : null;
        }

        return null;
    }

    // An+B (CSS Syntax §6), written without whitespace.
    [GeneratedRegex(@"^(?:odd|even|[+-]?\d+|[+-]?\d*n(?:[+-]\d+)?|[+-]?\d*n-\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NthRegex();
}

using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>
/// The properties a TemplateStyles sheet may set and the values it may give them: standard CSS
/// properties only (no vendor prefixes, no <c>behavior</c> or <c>-moz-binding</c>, no custom
/// properties), and values made of keywords, numbers, dimensions in known units, colours, strings,
/// commas and the arithmetic delimiters, with a fixed set of functions (math, colour, gradient,
/// transform, filter, timing, grid, <c>counter()</c>, <c>var()</c>; <c>attr()</c> only in
/// <c>content</c>). Never a URL: no remote resource can be loaded, whatever the host.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class CssProperties
{
    private static readonly FrozenSet<string> Known = FrozenSet.Create(
        StringComparer.Ordinal,
        "accent-color", "align-content", "align-items", "align-self", "animation", "animation-delay", "animation-direction",
        "animation-duration", "animation-fill-mode", "animation-iteration-count", "animation-name", "animation-play-state",
        "animation-timing-function", "aspect-ratio", "backface-visibility", "background", "background-attachment",
        "background-blend-mode", "background-clip", "background-color", "background-image", "background-origin",
        "background-position", "background-position-x", "background-position-y", "background-repeat", "background-size",
        "block-size", "border", "border-block", "border-block-color", "border-block-end", "border-block-end-color",
        "border-block-end-style", "border-block-end-width", "border-block-start", "border-block-start-color",
        "border-block-start-style", "border-block-start-width", "border-block-style", "border-block-width", "border-bottom",
        "border-bottom-color", "border-bottom-left-radius", "border-bottom-right-radius", "border-bottom-style",
        "border-bottom-width", "border-collapse", "border-color", "border-end-end-radius", "border-end-start-radius",
        "border-image", "border-image-outset", "border-image-repeat", "border-image-slice", "border-image-source",
        "border-image-width", "border-inline", "border-inline-color", "border-inline-end", "border-inline-end-color",
        "border-inline-end-style", "border-inline-end-width", "border-inline-start", "border-inline-start-color",
        "border-inline-start-style", "border-inline-start-width", "border-inline-style", "border-inline-width", "border-left",
        "border-left-color", "border-left-style", "border-left-width", "border-radius", "border-right", "border-right-color",
        "border-right-style", "border-right-width", "border-spacing", "border-start-end-radius", "border-start-start-radius",
        "border-style", "border-top", "border-top-color", "border-top-left-radius", "border-top-right-radius",
        "border-top-style", "border-top-width", "border-width", "bottom", "box-decoration-break", "box-shadow", "box-sizing",
        "break-after", "break-before", "break-inside", "caption-side", "caret-color", "clear", "clip", "clip-path", "color",
        "column-count", "column-fill", "column-gap", "column-rule", "column-rule-color", "column-rule-style",
        "column-rule-width", "column-span", "column-width", "columns", "contain", "content", "counter-increment",
        "counter-reset", "counter-set", "cursor", "direction", "display", "empty-cells", "filter", "flex", "flex-basis",
        "flex-direction", "flex-flow", "flex-grow", "flex-shrink", "flex-wrap", "float", "font", "font-family",
        "font-feature-settings", "font-kerning", "font-size", "font-size-adjust", "font-stretch", "font-style",
        "font-synthesis", "font-variant", "font-variant-caps", "font-variant-east-asian", "font-variant-ligatures",
        "font-variant-numeric", "font-variant-position", "font-weight", "gap", "grid", "grid-area", "grid-auto-columns",
        "grid-auto-flow", "grid-auto-rows", "grid-column", "grid-column-end", "grid-column-gap", "grid-column-start",
        "grid-gap", "grid-row", "grid-row-end", "grid-row-gap", "grid-row-start", "grid-template", "grid-template-areas",
        "grid-template-columns", "grid-template-rows", "hanging-punctuation", "height", "hyphens", "image-orientation",
        "image-rendering", "inline-size", "inset", "inset-block", "inset-block-end", "inset-block-start", "inset-inline",
        "inset-inline-end", "inset-inline-start", "isolation", "justify-content", "justify-items", "justify-self", "left",
        "letter-spacing", "line-break", "line-height", "list-style", "list-style-image", "list-style-position",
        "list-style-type", "margin", "margin-block", "margin-block-end", "margin-block-start", "margin-bottom",
        "margin-inline", "margin-inline-end", "margin-inline-start", "margin-left", "margin-right", "margin-top",
        "max-block-size", "max-height", "max-inline-size", "max-width", "min-block-size", "min-height", "min-inline-size",
        "min-width", "mix-blend-mode", "object-fit", "object-position", "opacity", "order", "orphans", "outline",
        "outline-color", "outline-offset", "outline-style", "outline-width", "overflow", "overflow-wrap", "overflow-x",
        "overflow-y", "padding", "padding-block", "padding-block-end", "padding-block-start", "padding-bottom",
        "padding-inline", "padding-inline-end", "padding-inline-start", "padding-left", "padding-right", "padding-top",
        "page-break-after", "page-break-before", "page-break-inside", "perspective", "perspective-origin", "place-content",
        "place-items", "place-self", "pointer-events", "position", "quotes", "resize", "right", "rotate", "row-gap", "scale",
        "tab-size", "table-layout", "text-align", "text-align-last", "text-combine-upright", "text-decoration",
        "text-decoration-color", "text-decoration-line", "text-decoration-skip-ink", "text-decoration-style",
        "text-decoration-thickness", "text-emphasis", "text-emphasis-color", "text-emphasis-position", "text-emphasis-style",
        "text-indent", "text-justify", "text-orientation", "text-overflow", "text-shadow", "text-transform",
        "text-underline-offset", "text-underline-position", "top", "transform", "transform-box", "transform-origin",
        "transform-style", "transition", "transition-delay", "transition-duration", "transition-property",
        "transition-timing-function", "translate", "unicode-bidi", "user-select", "vertical-align", "visibility",
        "white-space", "widows", "width", "will-change", "word-break", "word-spacing", "word-wrap", "writing-mode", "z-index");

    private static readonly FrozenSet<string> Functions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "calc", "min", "max", "clamp", "var", "rgb", "rgba", "hsl", "hsla", "hwb", "linear-gradient", "radial-gradient",
        "repeating-linear-gradient", "repeating-radial-gradient", "conic-gradient", "repeating-conic-gradient", "counter",
        "counters", "translate", "translatex", "translatey", "translatez", "translate3d", "scale", "scalex", "scaley", "scalez",
        "scale3d", "rotate", "rotatex", "rotatey", "rotatez", "rotate3d", "skew", "skewx", "skewy", "matrix", "matrix3d",
        "perspective", "cubic-bezier", "steps", "repeat", "minmax", "fit-content", "blur", "brightness", "contrast",
        "drop-shadow", "grayscale", "hue-rotate", "invert", "opacity", "saturate", "sepia", "rect", "inset", "circle",
        "ellipse", "polygon");

    private static readonly FrozenSet<string> Units = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "px", "em", "rem", "ex", "ch", "ic", "lh", "rlh", "vw", "vh", "vi", "vb", "vmin", "vmax", "svw", "svh", "lvw", "lvh",
        "dvw", "dvh", "cm", "mm", "q", "in", "pt", "pc", "deg", "grad", "rad", "turn", "s", "ms", "hz", "khz", "dpi", "dpcm",
        "dppx", "x", "fr");

    /// <summary>Tells whether a property may be set.</summary>
    /// <param name="name">The lowercase property name.</param>
    /// <returns><see langword="true"/> when it is known and allowed.</returns>
    public static bool IsKnown(string name) => Known.Contains(name);

    /// <summary>Tells whether a value may be given to a property.</summary>
    /// <param name="property">The lowercase property name.</param>
    /// <param name="value">The value, trimmed.</param>
    /// <returns><see langword="true"/> when every part of the value is allowed.</returns>
    public static bool IsValidValue(string property, IReadOnlyList<CssComponent> value)
        => value.Count > 0 && AreValid(property, value, 0);

    private static bool AreValid(string property, IReadOnlyList<CssComponent> values, int depth)
    {
        if (depth > 20)
        {
            return false;
        }

        foreach (var value in values)
        {
            if (!IsValid(property, value, depth))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValid(string property, CssComponent value, int depth)
    {
        var token = value.Token;
        if (value.IsFunction)
        {
            var name = token.Value.ToLowerInvariant();
            if (name == "var")
            {
                return IsValidVar(property, value.Children!, depth);
            }

            if (name == "attr")
            {
                return property == "content" && value.Children!.All(c => c.IsWhitespace || (c.Children is null && c.Token.Type is CssTokenType.Ident or CssTokenType.Comma or CssTokenType.String));
            }

            return Functions.Contains(name) && AreValid(property, value.Children!, depth + 1);
        }

        if (value.IsBlock)
        {
            // Grid line names ([name]) and parenthesized math only.
            return token.Type switch
            {
                CssTokenType.LeftBracket => value.Children!.All(c => c.IsWhitespace || (c.Children is null && c.Token.Type == CssTokenType.Ident)),
                CssTokenType.LeftParen => AreValid(property, value.Children!, depth + 1),
                _ => false,
            };
        }

        return token.Type switch
        {
            CssTokenType.Ident or CssTokenType.Number or CssTokenType.Percentage or CssTokenType.Whitespace or CssTokenType.Comma => true,
            CssTokenType.Dimension => Units.Contains(token.Unit),
            CssTokenType.Hash => token.Value.Length is 3 or 4 or 6 or 8 && token.Value.All(char.IsAsciiHexDigit),
            CssTokenType.String => true,
            CssTokenType.Delim => token.Value is "/" or "+" or "-" or "*" or "," or "%",
            _ => false,
        };
    }

    // var(--name) or var(--name, fallback); custom properties cannot be defined, only read.
    private static bool IsValidVar(string property, IReadOnlyList<CssComponent> args, int depth)
    {
        var items = args.ToList();
        while (items.Count > 0 && items[0].IsWhitespace)
        {
            items.RemoveAt(0);
        }

        if (items.Count == 0 || items[0].Children is not null || items[0].Token.Type != CssTokenType.Ident || !items[0].Token.Value.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = items.Skip(1).SkipWhile(c => c.IsWhitespace).ToList();
        if (rest.Count == 0)
        {
            return true;
        }

        return rest[0].Token.Type == CssTokenType.Comma && rest[0].Children is null && AreValid(property, rest.Skip(1).ToList(), depth + 1);
    }
}

using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// The case fix-ups HTML5 applies to SVG and MathML (§13.2.6.1): "adjust MathML attributes", "adjust SVG
/// attributes", and the SVG element names that keep their camel case (foreignObject, linearGradient …).
/// The tokenizer lower-cases everything, so these restore the names XML expects.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ForeignAttributes
{
    private static readonly FrozenDictionary<string, string> SvgAttributes = CamelCaseMap(
        "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode", "clipPathUnits", "diffuseConstant",
        "edgeMode", "filterUnits", "glyphRef", "gradientTransform", "gradientUnits", "kernelMatrix", "kernelUnitLength",
        "keyPoints", "keySplines", "keyTimes", "lengthAdjust", "limitingConeAngle", "markerHeight", "markerUnits",
        "markerWidth", "maskContentUnits", "maskUnits", "numOctaves", "pathLength", "patternContentUnits",
        "patternTransform", "patternUnits", "pointsAtX", "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio",
        "primitiveUnits", "refX", "refY", "repeatCount", "repeatDur", "requiredExtensions", "requiredFeatures",
        "specularConstant", "specularExponent", "spreadMethod", "startOffset", "stdDeviation", "stitchTiles",
        "surfaceScale", "systemLanguage", "tableValues", "targetX", "targetY", "textLength", "viewBox", "viewTarget",
        "xChannelSelector", "yChannelSelector", "zoomAndPan");

    private static readonly FrozenDictionary<string, string> SvgElements = CamelCaseMap(
        "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "foreignObject", "glyphRef", "linearGradient",
        "radialGradient", "textPath");

    /// <summary>Restores the case of an SVG element name.</summary>
    /// <param name="name">The lower-cased name.</param>
    /// <returns>The name as SVG spells it.</returns>
    public static string AdjustSvgElementName(string name) => SvgElements.GetValueOrDefault(name, name);

    /// <summary>Adjusts attribute names for an element of the given namespace.</summary>
    /// <param name="attributes">The attributes as tokenized.</param>
    /// <param name="ns">The element's namespace.</param>
    /// <returns>The adjusted attributes (the same list when nothing changes).</returns>
    public static HtmlAttributeList Adjust(HtmlAttributeList attributes, HtmlNamespace ns)
    {
        if (attributes.Count == 0 || ns == HtmlNamespace.Html)
        {
            return attributes;
        }

        var changed = false;
        var result = new List<KeyValuePair<string, string>>(attributes.Count);
        foreach (var (name, value) in attributes.Items)
        {
            var adjusted = ns == HtmlNamespace.Svg
                ? SvgAttributes.GetValueOrDefault(name, name)
                : name == "definitionurl" ? "definitionURL" : name;
            changed |= !ReferenceEquals(adjusted, name);
            result.Add(new(adjusted, value));
        }

        return changed ? new HtmlAttributeList(result) : attributes;
    }

    private static FrozenDictionary<string, string> CamelCaseMap(params string[] names) =>
        names.ToFrozenDictionary(n => n.ToLowerInvariant(), n => n, StringComparer.Ordinal);
}

using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Sanitization;

/// <summary>
/// The HTML elements wikitext may use and the attributes each may carry: MediaWiki 1.39's
/// <c>Sanitizer::getRecognizedTagData</c> and <c>setupAttributesAllowedInternal</c> (with
/// <c>$wgAllowImageTag</c> off, its default). Everything not listed here is written out as text.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class HtmlElementRules
{
    /// <summary>Elements that must be closed (<c>$htmlpairsStatic</c>).</summary>
    public static readonly FrozenSet<string> Paired = FrozenSet.Create(
        StringComparer.Ordinal,
        "b", "bdi", "del", "i", "ins", "u", "font", "big", "small", "sub", "sup", "h1", "h2", "h3", "h4", "h5", "h6",
        "cite", "code", "em", "s", "strike", "strong", "tt", "var", "div", "center", "blockquote", "ol", "ul", "dl",
        "table", "caption", "pre", "ruby", "rb", "rp", "rt", "rtc", "p", "span", "abbr", "dfn", "kbd", "samp", "data",
        "time", "mark");

    /// <summary>
    /// Elements that may be written self-closed (<c>$htmlsingle</c>); those not also in
    /// <see cref="SingleOnly"/> become an empty open/close pair.
    /// </summary>
    public static readonly FrozenSet<string> Single = FrozenSet.Create(
        StringComparer.Ordinal, "br", "wbr", "hr", "li", "dt", "dd", "meta", "link");

    /// <summary>Void elements: they never have a closing tag (<c>$htmlsingleonly</c>).</summary>
    public static readonly FrozenSet<string> SingleOnly = FrozenSet.Create(
        StringComparer.Ordinal, "br", "wbr", "hr", "meta", "link");

    /// <summary>Elements that may nest (<c>$htmlnest</c>); they count as allowed elements too.</summary>
    public static readonly FrozenSet<string> Nestable = FrozenSet.Create(
        StringComparer.Ordinal,
        "table", "tr", "td", "th", "div", "blockquote", "ol", "ul", "li", "dl", "dt", "dd", "font", "big", "small",
        "sub", "sup", "span", "var", "kbd", "samp", "em", "strong", "q", "ruby", "bdo");

    /// <summary>Every element wikitext may write as HTML (<c>$htmlelements</c>).</summary>
    public static readonly FrozenSet<string> Allowed = Paired.Concat(Single).Concat(Nestable).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The allowed attributes of each element; an element missing here allows none.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Attributes = BuildAttributes();

    private static readonly FrozenSet<string> Empty = FrozenSet<string>.Empty;

    /// <summary>Gets the attributes <paramref name="element"/> may carry.</summary>
    /// <param name="element">A lower-case element name.</param>
    /// <returns>The allowed attribute names (empty for unknown elements).</returns>
    public static FrozenSet<string> AttributesOf(string element) =>
        Attributes.TryGetValue(element, out var set) ? set : Empty;

    private static FrozenDictionary<string, FrozenSet<string>> BuildAttributes()
    {
        string[] common =
        [
            "id", "class", "style", "lang", "dir", "title", "tabindex",

            // WAI-ARIA
            "aria-describedby", "aria-flowto", "aria-hidden", "aria-label", "aria-labelledby", "aria-owns", "role",

            // RDFa (https://www.w3.org/TR/2008/REC-rdfa-syntax-20081014, section 9)
            "about", "property", "resource", "datatype", "typeof",

            // Microdata (https://html.spec.whatwg.org/multipage/microdata.html#the-microdata-model)
            "itemid", "itemprop", "itemref", "itemscope", "itemtype",
        ];
        string[] block = [.. common, "align"];
        string[] tableAlign = ["align", "valign"];
        string[] tableCell = ["abbr", "axis", "headers", "scope", "rowspan", "colspan", "nowrap", "width", "height", "bgcolor"];

        static string[] With(string[] baseSet, params string[] extra) => [.. baseSet, .. extra];

        var map = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["div"] = block,
            ["center"] = common,
            ["span"] = common,
            ["h1"] = block,
            ["h2"] = block,
            ["h3"] = block,
            ["h4"] = block,
            ["h5"] = block,
            ["h6"] = block,
            ["bdo"] = common,
            ["em"] = common,
            ["strong"] = common,
            ["cite"] = common,
            ["dfn"] = common,
            ["code"] = common,
            ["samp"] = common,
            ["kbd"] = common,
            ["var"] = common,
            ["abbr"] = common,
            ["blockquote"] = With(common, "cite"),
            ["q"] = With(common, "cite"),
            ["sub"] = common,
            ["sup"] = common,
            ["p"] = block,
            ["br"] = With(common, "clear"),
            ["wbr"] = common,
            ["pre"] = With(common, "width"),
            ["ins"] = With(common, "cite", "datetime"),
            ["del"] = With(common, "cite", "datetime"),
            ["ul"] = With(common, "type"),
            ["ol"] = With(common, "type", "start", "reversed"),
            ["li"] = With(common, "type", "value"),
            ["dl"] = common,
            ["dd"] = common,
            ["dt"] = common,
            ["table"] = With(common, "summary", "width", "border", "frame", "rules", "cellspacing", "cellpadding", "align", "bgcolor"),
            ["caption"] = block,
            ["thead"] = common,
            ["tfoot"] = common,
            ["tbody"] = common,
            ["colgroup"] = With(common, "span"),
            ["col"] = With(common, "span"),
            ["tr"] = [.. common, "bgcolor", .. tableAlign],
            ["td"] = [.. common, .. tableCell, .. tableAlign],
            ["th"] = [.. common, .. tableCell, .. tableAlign],

            // <a> and <img> are never allowed as wikitext tags; these lists serve the parser's own links and
            // extension tags, as in MediaWiki.
            ["a"] = With(common, "href", "rel", "rev"),
            ["img"] = With(common, "alt", "src", "width", "height", "srcset"),
            ["audio"] = With(common, "controls", "preload", "width", "height"),
            ["video"] = With(common, "poster", "controls", "preload", "width", "height"),
            ["source"] = With(common, "type", "src"),
            ["track"] = With(common, "type", "src", "srclang", "kind", "label"),
            ["tt"] = common,
            ["b"] = common,
            ["i"] = common,
            ["big"] = common,
            ["small"] = common,
            ["strike"] = common,
            ["s"] = common,
            ["u"] = common,
            ["font"] = With(common, "size", "color", "face"),
            ["hr"] = With(common, "width"),
            ["ruby"] = common,
            ["rb"] = common,
            ["rp"] = common,
            ["rt"] = common,
            ["rtc"] = common,
            ["math"] = ["class", "style", "id", "title"],
            ["figure"] = common,
            ["figcaption"] = common,
            ["bdi"] = common,
            ["data"] = With(common, "value"),
            ["time"] = With(common, "datetime"),
            ["mark"] = common,

            // Only valid as microdata: validation rejects them without itemprop (and content / href).
            ["meta"] = ["itemprop", "content"],
            ["link"] = ["itemprop", "href", "title"],
            ["aside"] = common,
        };

        return map.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}

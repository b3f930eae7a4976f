using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.MathSource;

/// <summary>
/// The <c>&lt;math&gt;</c>, <c>&lt;ce&gt;</c> and <c>&lt;chem&gt;</c> tags of MediaWiki's Math extension in
/// its "source" rendering mode (MathSource): the TeX is kept as readable text,
/// <c>&lt;span class="mwe-math-fallback-source-inline tex" dir="ltr"&gt;$ x^2 $&lt;/span&gt;</c> (the
/// <c>-display</c> class for <c>display="block"</c>), with the tag's span attributes. No TeX is checked or
/// typeset: the engine has no TeX renderer, and source mode is what a MediaWiki without one shows.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class MathTag : ITagExtension
{
    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["math", "ce", "chem"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var tex = invocation.Content ?? string.Empty;
        if (invocation.Name is "ce" or "chem")
        {
            tex = "\\ce{" + tex + "}";
        }

        // MathRenderer's layout modes wrap the TeX; only "block" changes the class in source mode.
        var display = false;
        switch (invocation.Attributes.GetValueOrDefault("display"))
        {
            case "block":
                display = true;
                tex = "{\\displaystyle " + tex + "}";
                break;
            case "inline":
                tex = "{\\textstyle " + tex + "}";
                break;
            case "linebreak":
                tex = "\\[ " + tex + " \\]";
                break;
        }

        var defaults = new OrderedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["class"] = (display ? "mwe-math-fallback-source-display" : "mwe-math-fallback-source-inline") + " tex",
            ["dir"] = "ltr",
        };
        var attributes = Sanitizer.MergeAttributes(defaults, TagAttributes.Validate(invocation, "span"));
        var html = HtmlBuilder.Element("span", attributes!, "$ " + tex.Replace('\n', ' ') + " $");

        // A nowiki marker, as the Math extension returns, keeps the TeX away from the wikitext passes.
        return new TagResult(html, StripMarkerKind.NoWiki);
    }
}

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>The namespaces an element can have in an HTML document.</summary>
internal enum HtmlNamespace
{
    /// <summary>HTML.</summary>
    Html,

    /// <summary>MathML (inside <c>&lt;math&gt;</c>).</summary>
    MathMl,

    /// <summary>SVG (inside <c>&lt;svg&gt;</c>).</summary>
    Svg,
}

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>Receives the tokens of <see cref="HtmlTokenizer"/> (the HTML5 tokenization stage).</summary>
internal interface IHtmlTokenHandler
{
    /// <summary>A start tag.</summary>
    /// <param name="name">The lower-cased tag name.</param>
    /// <param name="attributes">The attributes (first occurrence of each name wins).</param>
    /// <param name="selfClosing">Whether the tag ended with <c>/&gt;</c>.</param>
    /// <param name="sourceStart">Offset of the <c>&lt;</c> in the input.</param>
    /// <param name="sourceLength">Length of the tag in the input.</param>
    void StartTag(string name, HtmlAttributeList attributes, bool selfClosing, int sourceStart, int sourceLength);

    /// <summary>An end tag.</summary>
    /// <param name="name">The lower-cased tag name.</param>
    /// <param name="sourceStart">Offset of the <c>&lt;</c> in the input.</param>
    /// <param name="sourceLength">Length of the tag in the input.</param>
    void EndTag(string name, int sourceStart, int sourceLength);

    /// <summary>A run of text (already decoded when character references are processed).</summary>
    /// <param name="text">The text.</param>
    /// <param name="sourceStart">Offset of the run in the input.</param>
    /// <param name="sourceLength">Length of the run in the input.</param>
    void Characters(string text, int sourceStart, int sourceLength);

    /// <summary>A comment.</summary>
    /// <param name="text">The comment's text.</param>
    void Comment(string text);

    /// <summary>The end of the input.</summary>
    void EndOfFile();

    /// <summary>Gets whether the adjusted current node is outside the HTML namespace (enables CDATA sections).</summary>
    /// <returns><see langword="true"/> inside SVG or MathML.</returns>
    bool IsInForeignContent();
}

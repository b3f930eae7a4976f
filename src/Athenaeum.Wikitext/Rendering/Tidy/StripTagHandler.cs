using System.Collections.Frozen;
using System.Text;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// Collects the text of an HTML fragment for <see cref="Sanitization.Sanitizer.StripAllTags"/> (MediaWiki's
/// RemexStripTagHandler): tags disappear, block-level tags (and br) leave a space so words do not run
/// together, and the contents of style and script are dropped.
/// </summary>
/// <remarks>Not thread-safe; one instance per call.</remarks>
internal sealed class StripTagHandler : IHtmlTokenHandler
{
    private static readonly FrozenSet<string> BlockLevelTags = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "br", "canvas", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
        "noscript", "ol", "output", "p", "pre", "section", "table", "td", "tfoot", "th", "tr", "ul", "video");

    private readonly StringBuilder _text = new();
    private bool _insideNonVisible;

    /// <summary>Gets the collected text.</summary>
    public string Text => _text.ToString();

    /// <inheritdoc/>
    public void StartTag(string name, HtmlAttributeList attributes, bool selfClosing, int sourceStart, int sourceLength)
    {
        if (name is "style" or "script")
        {
            _insideNonVisible = true;
        }

        if (BlockLevelTags.Contains(name))
        {
            _text.Append(' ');
        }
    }

    /// <inheritdoc/>
    public void EndTag(string name, int sourceStart, int sourceLength)
    {
        if (name is "style" or "script")
        {
            _insideNonVisible = false;
        }

        if (BlockLevelTags.Contains(name))
        {
            _text.Append(' ');
        }
    }

    /// <inheritdoc/>
    public void Characters(string text, int sourceStart, int sourceLength)
    {
        if (!_insideNonVisible)
        {
            _text.Append(text);
        }
    }

    /// <inheritdoc/>
    public void Comment(string text)
    {
    }

    /// <inheritdoc/>
    public void EndOfFile()
    {
    }

    /// <inheritdoc/>
    public bool IsInForeignContent() => false;
}

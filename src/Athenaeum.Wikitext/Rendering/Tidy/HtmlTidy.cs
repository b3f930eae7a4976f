using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// Balances and normalizes HTML exactly as MediaWiki 1.39's tidy stage does (RemexHtml plus MediaWiki's
/// RemexCompatMunger and RemexCompatFormatter): the fragment is parsed with the HTML5 tree construction
/// algorithm in <c>&lt;body&gt;</c> context (mis-nested and unclosed tags fixed, text foster-parented out
/// of tables, <c>&lt;tbody&gt;</c> implied), inline content left directly in the body or a blockquote is
/// wrapped in paragraphs, and the tree is written back in MediaWiki's style.
/// </summary>
/// <remarks>
/// Pure and thread-safe: every call builds its own parser state. Character references are not decoded
/// (the parser has already normalized them) and are normalized again on output; strip markers must have
/// been removed before, but a DEL character is just text.
/// </remarks>
public static class HtmlTidy
{
    /// <summary>Tidies the output of the wikitext parser, with French-space armouring as MediaWiki's parser does.</summary>
    /// <param name="html">The HTML fragment.</param>
    /// <returns>The balanced HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string Tidy(string html) => Tidy(html, static text => Sanitizer.ArmorFrenchSpaces(text));

    /// <summary>Tidies an HTML fragment (MediaWiki's <c>RemexDriver::tidy</c>).</summary>
    /// <param name="html">The HTML fragment.</param>
    /// <param name="textProcessor">Applied to each escaped text chunk outside raw text elements, or null.</param>
    /// <returns>The balanced HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string Tidy(string html, Func<string, string>? textProcessor)
    {
        ArgumentNullException.ThrowIfNull(html);
        var serializer = new TidySerializer(textProcessor) { SizeHint = html.Length + (html.Length / 8) + 16 };
        var builder = new HtmlTreeBuilder(new CompatMunger(serializer));
        builder.Parse(html, tokenSink: null, new HtmlTokenizerOptions(IgnoreCharacterReferences: true));
        return serializer.Serialize();
    }
}

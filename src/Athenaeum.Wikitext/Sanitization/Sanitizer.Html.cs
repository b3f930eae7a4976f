using System.Text;
using Athenaeum.Wikitext.Rendering.Tidy;

namespace Athenaeum.Wikitext.Sanitization;

/// <content>Whole-fragment operations that need an HTML5 parser: removeSomeTags and stripAllTags.</content>
public static partial class Sanitizer
{
    /// <summary>
    /// Cleans an HTML fragment and returns balanced HTML (MediaWiki's <c>removeSomeTags</c>, used for
    /// <c>{{DISPLAYTITLE:}}</c> and similar): character references are normalized, the fragment is parsed
    /// as HTML5, allowed tags keep their validated attributes, all other tags come out as escaped text,
    /// comments are dropped, and the tree is serialized like tidy output (without paragraph wrapping).
    /// </summary>
    /// <param name="text">The fragment.</param>
    /// <param name="extraTags">Further element names to allow (lower case).</param>
    /// <param name="removeTags">Element names to disallow (lower case).</param>
    /// <param name="idMode">How <c>id</c> attributes are escaped.</param>
    /// <returns>The clean, balanced HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string RemoveSomeTags(
        string text,
        IReadOnlyCollection<string>? extraTags = null,
        IReadOnlyCollection<string>? removeTags = null,
        FragmentMode idMode = FragmentMode.Html5)
    {
        ArgumentNullException.ThrowIfNull(text);

        // "clean&copy" does not contain an entity in wikitext: HTML5's semicolon-less references are
        // made harmless first.
        text = NormalizeCharReferences(text);
        var serializer = new TidySerializer(textProcessor: null);
        var builder = new HtmlTreeBuilder(new SerializerTreeHandler(serializer));
        builder.Parse(
            text,
            next => new RemoveTagFilter(next, text, name => IsAllowed(name, extraTags, removeTags), idMode),
            new HtmlTokenizerOptions(IgnoreCharacterReferences: false));
        return serializer.Serialize();
    }

    /// <summary>
    /// Turns an HTML fragment into plain text (MediaWiki's <c>stripAllTags</c>): tags are removed
    /// (block-level ones leave a space), style and script contents are dropped, character references
    /// are decoded, and whitespace runs are collapsed to single spaces and trimmed.
    /// </summary>
    /// <param name="html">The fragment.</param>
    /// <returns>The text; it must be escaped again before it goes into HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string StripAllTags(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var handler = new StripTagHandler();
        new HtmlTokenizer(html, handler, new HtmlTokenizerOptions(IgnoreCharacterReferences: false)).Run();
        var text = handler.Text;
        var sb = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\r' or '\n' or '\t')
            {
                if (!inSpace)
                {
                    sb.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                sb.Append(c);
                inSpace = false;
            }
        }

        return TrimPhp(sb.ToString());
    }
}

using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// Sits between tokenizer and tree builder for <see cref="Sanitizer.RemoveSomeTags"/> (MediaWiki's
/// RemexRemoveTagHandler): allowed tags pass with validated attributes, every other tag is passed on as
/// its own source text (which the serializer then escapes), and comments are dropped.
/// </summary>
/// <remarks>Not thread-safe; one instance per parse.</remarks>
internal sealed class RemoveTagFilter : IHtmlTokenHandler
{
    private readonly IHtmlTokenHandler _next;
    private readonly string _source;
    private readonly Func<string, bool> _isAllowed;
    private readonly FragmentMode _idMode;

    /// <summary>Initializes a new instance of the <see cref="RemoveTagFilter"/> class.</summary>
    /// <param name="next">The tree builder.</param>
    /// <param name="source">The input text (for re-emitting rejected tags).</param>
    /// <param name="isAllowed">Whether an element name is allowed.</param>
    /// <param name="idMode">How ids are escaped.</param>
    public RemoveTagFilter(IHtmlTokenHandler next, string source, Func<string, bool> isAllowed, FragmentMode idMode)
    {
        _next = next;
        _source = source;
        _isAllowed = isAllowed;
        _idMode = idMode;
    }

    /// <inheritdoc/>
    public void StartTag(string name, HtmlAttributeList attributes, bool selfClosing, int sourceStart, int sourceLength)
    {
        if (_isAllowed(name))
        {
            var single = HtmlElementRules.Single.Contains(name);
            var singleOnly = HtmlElementRules.SingleOnly.Contains(name);
            if (selfClosing && !single && !singleOnly)
            {
                selfClosing = false;
            }

            var valid = name switch
            {
                "meta" => attributes.Contains("itemprop") && attributes.Contains("content"),
                "link" => attributes.Contains("itemprop") && attributes.Contains("href"),
                _ => true,
            };
            if (valid)
            {
                var clean = new HtmlAttributeList(Sanitizer.ValidateTagAttributes(attributes.Items, name, _idMode));
                if (selfClosing && !singleOnly)
                {
                    // A self-closed li/dt/dd is an empty element, as page authors mean it.
                    _next.StartTag(name, clean, false, sourceStart, sourceLength);
                    _next.EndTag(name, sourceStart + sourceLength, 0);
                }
                else
                {
                    _next.StartTag(name, clean, selfClosing, sourceStart, sourceLength);
                }

                return;
            }
        }

        _next.Characters(_source.Substring(sourceStart, sourceLength), sourceStart, sourceLength);
    }

    /// <inheritdoc/>
    public void EndTag(string name, int sourceStart, int sourceLength)
    {
        if (_isAllowed(name))
        {
            _next.EndTag(name, sourceStart, sourceLength);
        }
        else
        {
            _next.Characters(_source.Substring(sourceStart, sourceLength), sourceStart, sourceLength);
        }
    }

    /// <inheritdoc/>
    public void Characters(string text, int sourceStart, int sourceLength) => _next.Characters(text, sourceStart, sourceLength);

    /// <inheritdoc/>
    public void Comment(string text)
    {
        // Comments are not passed on.
    }

    /// <inheritdoc/>
    public void EndOfFile() => _next.EndOfFile();

    /// <inheritdoc/>
    public bool IsInForeignContent() => _next.IsInForeignContent();
}

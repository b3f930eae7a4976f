using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>The <c>&lt;ref&gt;</c> tag: registers a reference and prints its footnote marker.</summary>
/// <remarks>Stateless and thread-safe; the references live in the render's <see cref="CiteProcessor"/>.</remarks>
internal sealed class RefTag(CiteOptions options) : ITagExtension
{
    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["ref"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var output = CiteProcessor.For(invocation.Session, options).Ref(invocation.Content, invocation.Attributes);

        // Where a <ref> is not allowed (inside another), the tag is shown as text, attributes lost.
        return output ?? Sanitizer.HtmlSpecialChars("<ref>" + invocation.Content + "</ref>");
    }
}

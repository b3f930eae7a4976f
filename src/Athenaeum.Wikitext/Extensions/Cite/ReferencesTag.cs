using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>The <c>&lt;references&gt;</c> tag: takes list-defined references and prints a group's list.</summary>
/// <remarks>Stateless and thread-safe; the references live in the render's <see cref="CiteProcessor"/>.</remarks>
internal sealed class ReferencesTag(CiteOptions options) : ITagExtension
{
    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["references"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var output = CiteProcessor.For(invocation.Session, options).References(invocation.Content, invocation.Attributes);

        // Where a <references> is not allowed (inside a ref or another list), it is shown as text.
        return output ?? Sanitizer.HtmlSpecialChars(invocation.Content is null ? "<references/>" : "<references>" + invocation.Content + "</references>");
    }
}

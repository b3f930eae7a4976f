namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// An extension tag such as <c>&lt;ref&gt;</c>, <c>&lt;pre&gt;</c> or <c>&lt;poem&gt;</c> (MediaWiki's
/// setHook). The preprocessor recognizes the tag by name, hands its raw content and decoded
/// attributes to <see cref="Render"/>, and puts the output behind a strip marker so that the rest of
/// the parse leaves it alone.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe: one instance serves every render. Per-render state goes in <see cref="IParserFunctionHost.GetExtensionState{T}"/>.</remarks>
public interface ITagExtension
{
    /// <summary>Gets the tag names, lowercase ("ref", "references"). Tags match ignoring ASCII case.</summary>
    IReadOnlyList<string> TagNames { get; }

    /// <summary>Renders one occurrence of the tag.</summary>
    /// <param name="invocation">The tag's name, content, attributes, frame and render.</param>
    /// <returns>The output and how it is protected from the rest of the parse.</returns>
    TagResult Render(TagInvocation invocation);
}

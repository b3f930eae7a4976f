namespace Athenaeum.Wikitext.Extensions.TemplateStyles;

/// <summary>The <c>&lt;style&gt;</c> elements already made in a render, by cache key (MediaWiki's extTemplateStylesCache).</summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class TemplateStylesCache
{
    /// <summary>Gets the elements by key ("r123", "r123/mw-parser-output/.wrapper").</summary>
    public Dictionary<string, string> Styles { get; } = new(StringComparer.Ordinal);
}

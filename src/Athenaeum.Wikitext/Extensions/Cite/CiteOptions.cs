namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>Settings of the Cite extension (MediaWiki's <c>$wgCite…</c> configuration).</summary>
/// <remarks>Immutable; safe to share between pipelines.</remarks>
public sealed record CiteOptions
{
    /// <summary>
    /// Gets a value indicating whether reference lists are wrapped in
    /// <c>&lt;div class="mw-references-wrap"&gt;</c> (with <c>mw-references-columns</c> past ten
    /// references) unless a <c>&lt;references responsive="0"&gt;</c> says otherwise
    /// (<c>$wgCiteResponsiveReferences</c>, on by default as in MediaWiki 1.39).
    /// </summary>
    public bool ResponsiveReferences { get; init; } = true;
}

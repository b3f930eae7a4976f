using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// Parses wikitext from inside a render, as MediaWiki's recursiveTagParse does for extension tags
/// (Cite's <c>&lt;ref&gt;</c> content, <c>&lt;poem&gt;</c>): preprocess in a frame, then the internal
/// parse passes. The render orchestration (branch <c>parse</c>) sets an implementation on
/// <see cref="ParseSession.RecursiveParser"/>.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
public interface IRecursiveParser
{
    /// <summary>
    /// Expands and parses wikitext to half-parsed HTML: templates and arguments expand in
    /// <paramref name="frame"/>, links and formatting are done, but block-level formatting is not and
    /// strip markers remain (MediaWiki's recursiveTagParse).
    /// </summary>
    /// <param name="wikitext">The wikitext.</param>
    /// <param name="frame">The frame for <c>{{{arguments}}}</c>, or <see langword="null"/> to expand in the page frame.</param>
    /// <returns>The half-parsed HTML.</returns>
    string RecursiveTagParse(string wikitext, IExpansionFrame? frame);

    /// <summary>
    /// Expands and fully parses wikitext to finished HTML, block-level formatting included
    /// (MediaWiki's recursiveTagParseFully).
    /// </summary>
    /// <param name="wikitext">The wikitext.</param>
    /// <param name="frame">The frame for <c>{{{arguments}}}</c>, or <see langword="null"/> to expand in the page frame.</param>
    /// <returns>The HTML.</returns>
    string RecursiveTagParseFully(string wikitext, IExpansionFrame? frame);
}

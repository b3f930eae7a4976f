using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext;

/// <summary>
/// Runs once per page render after the internal parse passes and before the half-parsed text becomes
/// HTML (MediaWiki's ParserAfterParse hook). Cite uses it to append the reference lists that no
/// <c>&lt;references/&gt;</c> tag printed. Registered with <see cref="WikitextPipelineBuilder.AfterParseHooks"/>.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe: per-render state lives in <see cref="ParseSession.GetExtensionState{T}"/>.</remarks>
public interface IAfterParseHook
{
    /// <summary>Changes the page's half-parsed text (it may append to it; strip markers are allowed).</summary>
    /// <param name="text">The half-parsed text of the page (after the internal parse, before block levels and unstripping).</param>
    /// <param name="session">The render.</param>
    /// <returns>The text to go on with.</returns>
    string AfterParse(string text, ParseSession session);
}

using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// Appends the reference lists that no <c>&lt;references/&gt;</c> printed at the end of the page
/// (Cite's ParserAfterParse handler): the default group's list, and an error for every other group.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class CiteAfterParseHook(CiteOptions options) : IAfterParseHook
{
    /// <inheritdoc/>
    public string AfterParse(string text, ParseSession session)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(session);
        return text + CiteProcessor.For(session, options).CheckRefsNoReferences();
    }
}

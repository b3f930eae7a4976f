using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Parsing.Blocks;
using Athenaeum.Wikitext.Parsing.Inline;
using Athenaeum.Wikitext.Parsing.Interim;
using Athenaeum.Wikitext.Parsing.Links;
using Athenaeum.Wikitext.Parsing.Sections;
using Athenaeum.Wikitext.Parsing.Tables;

namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// Runs MediaWiki's parse stages over a page, in MediaWiki's order (Parser::parse, internalParse,
/// internalParseHalfParsed): preprocess, sanitize tags, tables, rules, switches, headings, internal
/// links, quotes, external links, magic links, heading finalization; then unstrip, block levels, link
/// holders, unstrip, tidy. The order is the grammar: each pass sees the text the previous ones left
/// (docs/wikitext-grammar.md, "The passes").
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal static partial class InternalParser
{
    /// <summary>Parses wikitext to the body HTML (before the wrapper, edit links and TOC are added).</summary>
    /// <param name="session">The render.</param>
    /// <returns>The tidied HTML.</returns>
    public static string Parse(RenderSession session)
    {
        // DEL builds strip markers and must not occur in the input; NUL is dropped (T159174).
        var text = session.Source.Replace('\u007f', '?').Replace("\0", string.Empty, StringComparison.Ordinal);
        text = InterimPreprocessor.Run(text, session);
        text = InternalParse(session, text);
        return HalfParsedToHtml(session, text);
    }

    /// <summary>The inline passes over expanded wikitext (MediaWiki's internalParse after expansion).</summary>
    /// <param name="session">The render.</param>
    /// <param name="text">Expanded wikitext with strip markers.</param>
    /// <returns>Half-parsed HTML.</returns>
    public static string InternalParse(RenderSession session, string text)
    {
        text = InterimSanitizer.RemoveHtmlTags(text);
        text = new TablePass(session.Strip).Run(text);
        text = HorizontalRuleRegex().Replace(text, "$1<hr />");
        text = DoubleUnderscorePass.Run(session, text);
        text = HeadingPass.Run(text);
        text = new InternalLinkPass(session).Run(text);
        text = QuotePass.Run(text);
        text = new ExternalLinkPass(session).Run(text);

        // The link passes may leave absolute URLs behind, hidden from the external link passes.
        text = text.Replace(ExternalLinkPass.NoParseMarker, string.Empty, StringComparison.Ordinal);
        text = new MagicLinkPass(session).Run(text);
        return new SectionFinalizer(session).Run(text);
    }

    /// <summary>Half-parsed HTML to finished HTML (MediaWiki's internalParseHalfParsed).</summary>
    /// <param name="session">The render.</param>
    /// <param name="text">Half-parsed HTML.</param>
    /// <returns>The tidied HTML.</returns>
    public static string HalfParsedToHtml(RenderSession session, string text)
    {
        text = session.Strip.UnstripGeneral(text);
        text = BlockLevelPass.Run(text);
        text = session.LinkHolders.Replace(text);
        text = session.Strip.UnstripNoWiki(text);
        text = session.Strip.UnstripGeneral(text);
        return InterimTidy.Tidy(text);
    }

    [GeneratedRegex("(^|\n)-----*", RegexOptions.CultureInvariant)]
    private static partial Regex HorizontalRuleRegex();
}

using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Parsing.Blocks;
using Athenaeum.Wikitext.Parsing.Inline;
using Athenaeum.Wikitext.Parsing.Links;
using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Parsing.Sections;
using Athenaeum.Wikitext.Parsing.Tables;
using Athenaeum.Wikitext.Rendering.Tidy;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// Runs MediaWiki's parse stages over a page, in MediaWiki's order (Parser::parse, internalParse,
/// internalParseHalfParsed): preprocess, sanitize tags, tables, rules, switches, headings, internal
/// links, quotes, external links, magic links, heading finalization; then unstrip, block levels, link
/// holders, unstrip, tidy. The order is the grammar: each pass sees the text the previous ones left
/// (docs/wikitext-grammar.md, "The passes"). Also the recursive parser that extension tags use.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class InternalParser : IRecursiveParser
{
    private readonly RenderSession _session;

    public InternalParser(RenderSession session) => _session = session;

    /// <summary>Parses the page to the body HTML (before the wrapper, edit links and TOC are added).</summary>
    /// <returns>The tidied HTML.</returns>
    public string ParsePage()
    {
        var text = WikitextPreprocessor.Expand(_session.Source, _session.Parse);
        text = InternalParse(text, isMain: true);

        // MediaWiki's ParserAfterParse hook: Cite appends the reference lists no <references/> printed.
        foreach (var hook in _session.Parse.Pipeline.AfterParseHooks)
        {
            text = hook.AfterParse(text, _session.Parse);
        }

        text = HalfParsedToHtml(text);
        LanguageConversion.ConversionPass.ConvertPageParts(_session);
        return text;
    }

    /// <inheritdoc/>
    public string RecursiveTagParse(string wikitext, IExpansionFrame? frame)
    {
        var text = WikitextPreprocessor.ExpandInFrame(wikitext, _session.Parse, frame);
        return InternalParse(text, isMain: false);
    }

    /// <inheritdoc/>
    public string RecursiveTagParseFully(string wikitext, IExpansionFrame? frame)
        => HalfParsedToHtml(RecursiveTagParse(wikitext, frame));

    /// <summary>The inline passes over expanded wikitext (MediaWiki's internalParse after expansion).</summary>
    /// <param name="text">Expanded wikitext with strip markers.</param>
    /// <param name="isMain">Whether this is the page itself (not an extension tag's content).</param>
    /// <returns>Half-parsed HTML.</returns>
    public string InternalParse(string text, bool isMain)
    {
        var session = _session;

        // Attribute values of HTML tags are expanded and unstripped before they are checked.
        text = Sanitizer.RemoveHtmlTags(
            text,
            attributes => session.Strip.UnstripBoth(WikitextPreprocessor.ExpandInFrame(attributes, session.Parse, null)),
            idMode: session.PrimaryFragmentMode);
        text = new TablePass(session).Run(text);
        text = HorizontalRuleRegex().Replace(text, "$1<hr />");
        text = DoubleUnderscorePass.Run(session, text);
        text = HeadingPass.Run(text);
        text = new InternalLinkPass(session).Run(text);
        text = QuotePass.Run(text);
        text = new ExternalLinkPass(session).Run(text);

        // The link passes may leave absolute URLs behind, hidden from the external link passes.
        text = text.Replace(ExternalLinkPass.NoParseMarker, string.Empty, StringComparison.Ordinal);
        text = new MagicLinkPass(session).Run(text);
        return new SectionFinalizer(session).Run(text, isMain);
    }

    /// <summary>Half-parsed HTML to finished HTML (MediaWiki's internalParseHalfParsed).</summary>
    /// <param name="text">Half-parsed HTML.</param>
    /// <returns>The tidied HTML.</returns>
    public string HalfParsedToHtml(string text)
    {
        var session = _session;
        text = session.Strip.UnstripGeneral(text);
        text = BlockLevelPass.Run(text);
        text = session.LinkHolders.Replace(text);

        // The position of the conversion matters: links are replaced, nowiki is still hidden.
        text = LanguageConversion.ConversionPass.ConvertText(session, text);
        text = session.Strip.UnstripNoWiki(text);
        text = session.Strip.UnstripGeneral(text);
        return HtmlTidy.Tidy(text);
    }

    [GeneratedRegex("(^|\n)-----*", RegexOptions.CultureInvariant)]
    private static partial Regex HorizontalRuleRegex();
}

using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Parsing.Sections;

/// <summary>
/// Behaviour switches such as <c>__NOTOC__</c> (MediaWiki's handleDoubleUnderscore): each is removed from
/// the text and recorded as a page property; the first <c>__TOC__</c> becomes the placeholder where the
/// table of contents goes. Switches marked case-insensitive in MediaWiki's English magic words match in
/// any case.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class DoubleUnderscorePass
{
    /// <summary>The placeholder of the table of contents (MediaWiki's TOC_PLACEHOLDER).</summary>
    public const string TocPlaceholder = "<mw:tocplace></mw:tocplace>";

    // id → (English spellings, case-sensitive?) from MessagesEn.php ($magicWords: 0 = case-insensitive).
    private static readonly (string Id, string[] Names, bool CaseSensitive)[] Switches =
    [
        ("notoc", ["__NOTOC__"], false),
        ("nogallery", ["__NOGALLERY__"], false),
        ("forcetoc", ["__FORCETOC__"], false),
        ("noeditsection", ["__NOEDITSECTION__"], false),
        ("newsectionlink", ["__NEWSECTIONLINK__"], true),
        ("nonewsectionlink", ["__NONEWSECTIONLINK__"], true),
        ("hiddencat", ["__HIDDENCAT__"], true),
        ("expectunusedcategory", ["__EXPECTUNUSEDCATEGORY__"], true),
        ("index", ["__INDEX__"], true),
        ("noindex", ["__NOINDEX__"], true),
        ("staticredirect", ["__STATICREDIRECT__"], true),
        ("notitleconvert", ["__NOTITLECONVERT__", "__NOTC__"], false),
        ("nocontentconvert", ["__NOCONTENTCONVERT__", "__NOCC__"], false),
    ];

    private static readonly (string Id, Regex Regex)[] SwitchRegexes = [.. Switches.Select(s => (s.Id, new Regex(
        string.Join('|', s.Names.Select(Regex.Escape)),
        (s.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.CultureInvariant | RegexOptions.Compiled)))];

    /// <summary>Finds, records and removes the switches.</summary>
    /// <param name="session">The render.</param>
    /// <param name="text">The text.</param>
    /// <returns>The text without switches, with the TOC placeholder where <c>__TOC__</c> was.</returns>
    public static string Run(RenderSession session, string text)
    {
        if (!text.Contains("__", StringComparison.Ordinal))
        {
            return text;
        }

        var toc = TocRegex().Match(text);
        if (toc.Success)
        {
            session.ShowToc = true;
            session.ForceTocPosition = true;
            text = text[..toc.Index] + TocPlaceholder + TocRegex().Replace(text[(toc.Index + toc.Length)..], string.Empty);
            session.DoubleUnderscores["toc"] = toc.Value;
        }

        foreach (var (id, regex) in SwitchRegexes)
        {
            var m = regex.Match(text);
            if (m.Success)
            {
                session.DoubleUnderscores[id] = m.Value;
                text = regex.Replace(text, string.Empty);
            }
        }

        if (session.DoubleUnderscores.ContainsKey("notoc") && !session.ForceTocPosition)
        {
            session.ShowToc = false;
        }

        foreach (var id in session.DoubleUnderscores.Keys)
        {
            session.Output.Properties[id] = string.Empty;
        }

        return text;
    }

    [GeneratedRegex("__TOC__", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TocRegex();
}

using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.Common;

namespace Athenaeum.Wikitext.Extensions.Indicator;

/// <summary>
/// MediaWiki's core <c>&lt;indicator name="…"&gt;</c> tag: its content, fully parsed in the tag's frame
/// with an outer paragraph removed, becomes a page status indicator
/// (<see cref="ParserOutput.Indicators"/>) shown by the skin next to the title; nothing is printed in
/// place. A missing or blank name prints MediaWiki's error message.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed partial class IndicatorTag : ITagExtension
{
    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["indicator"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!invocation.Attributes.TryGetValue("name", out var name) || TagAttributes.TrimPhp(name).Length == 0)
        {
            // The message is wikitext (a wiki may override it): it is parsed, so sanitized, like Message::parse.
            var messages = new MessageLookup(IndicatorMessages.Catalog, invocation.Session.Context);
            var error = invocation.Session.GetRecursiveParser().RecursiveTagParse(messages.Plain("invalid-indicator-name"), null);
            return "<span class=\"error\">" + error + "</span>";
        }

        var html = invocation.RecursiveTagParseFully(invocation.Content ?? string.Empty);
        invocation.Session.Output.Indicators[TagAttributes.TrimPhp(name)] = StripOuterParagraph(html);
        return string.Empty;
    }

    /// <summary>Removes a paragraph that wraps all of the HTML (Parser::stripOuterParagraph).</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The HTML without its outer paragraph.</returns>
    internal static string StripOuterParagraph(string html)
    {
        var m = OuterParagraphRegex().Match(html);
        return m.Success && !m.Groups[1].Value.Contains("</p>", StringComparison.Ordinal) ? m.Groups[1].Value : html;
    }

    // /^<p>(.*)\n?<\/p>\n?$/sU: U makes the quantifiers lazy; $ also matches before a final newline.
    [GeneratedRegex("^<p>(.*?)\n??</p>\n??(?=\n?\\z)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex OuterParagraphRegex();
}

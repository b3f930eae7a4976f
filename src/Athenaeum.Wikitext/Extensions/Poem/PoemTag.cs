using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.Poem;

/// <summary>
/// The <c>&lt;poem&gt;</c> tag of MediaWiki's Poem extension: every line break inside the poem becomes
/// a <c>&lt;br /&gt;</c> (except right after a <c>----</c> rule and at the very start and end), leading
/// spaces become non-breaking spaces, lines starting with colons become indented spans, and the
/// content is parsed as wikitext in the tag's frame, wrapped in <c>&lt;div class="poem"&gt;</c> with
/// the tag's (sanitized) attributes. <c>compact</c> leaves out the newlines around the content.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed partial class PoemTag : ITagExtension
{
    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["poem"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);

        // Newlines around the content make the parser add paragraphs, which "compact" avoids.
        var newline = invocation.Attributes.ContainsKey("compact") ? string.Empty : "\n";
        var lineBreak = invocation.Session.StripState.AddGeneral("item", "<br />");

        var text = IndentedLineRegex().Replace(invocation.Content ?? string.Empty, m => HtmlBuilder.RawElement(
            "span",
            HtmlBuilder.Attributes(("class", "mw-poem-indented"), ("style", "display: inline-block; margin-inline-start: " + m.Groups[1].Length + "em;")),
            m.Groups[2].Value));

        // Line breaks, except a first or last newline and one right after a "----" rule line.
        if (text.StartsWith('\n'))
        {
            text = text[1..];
        }

        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        text = NewlineRegex().Replace(text, lineBreak + "\n");
        text = LeadingSpacesRegex().Replace(text, m => string.Concat(Enumerable.Repeat("&#160;", m.Length)));
        text = invocation.RecursiveTagParse(text);

        // Rules longer than four dashes escaped the look-behind above.
        text = text.Replace("<hr />" + lineBreak, "<hr />", StringComparison.Ordinal);

        var attributes = TagAttributes.Validate(invocation, "div");
        attributes["class"] = attributes.TryGetValue("class", out var cssClass) ? "poem " + cssClass : "poem";
        return HtmlBuilder.RawElement("div", attributes!, newline + TagAttributes.TrimPhp(text) + newline);
    }

    [GeneratedRegex("^(?>(:+))(.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IndentedLineRegex();

    [GeneratedRegex("(?<!^----)\n", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NewlineRegex();

    [GeneratedRegex("^ +", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSpacesRegex();
}

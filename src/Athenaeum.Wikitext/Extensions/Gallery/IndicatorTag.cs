using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Parsing.Blocks;
using Athenaeum.Wikitext.Rendering.Html;

namespace Athenaeum.Wikitext.Extensions.Gallery;

/// <summary>
/// <c>&lt;indicator name="x"&gt;content&lt;/indicator&gt;</c> (CoreTagHooks::indicator): the content, fully
/// parsed, becomes the page status indicator <c>x</c> of <see cref="ParserOutput.Indicators"/>; nothing
/// shows where the tag was. Without a name the tag shows an error.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed partial class IndicatorTag : ITagExtension
{
    public IReadOnlyList<string> TagNames { get; } = ["indicator"];

    public TagResult Render(TagInvocation invocation)
    {
        if (!invocation.Attributes.TryGetValue("name", out var name) || BlockLevelPass.PhpTrim(name).Length == 0)
        {
            var language = invocation.Session.Context.Site.LanguageCode;
            return "<span class=\"error\">" + InterfaceMessages.Get(language, "invalid-indicator-name") + "</span>";
        }

        var html = invocation.RecursiveTagParseFully(invocation.Content ?? string.Empty);
        invocation.Session.Output.Indicators[BlockLevelPass.PhpTrim(name)] = StripOuterParagraph(html);
        return string.Empty;
    }

    // Parser::stripOuterParagraph: drops the <p>…</p> around HTML that is one paragraph.
    internal static string StripOuterParagraph(string html)
    {
        var m = OuterParagraphRegex().Match(html);
        return m.Success && !m.Groups[1].Value.Contains("</p>", StringComparison.Ordinal) ? m.Groups[1].Value : html;
    }

    [GeneratedRegex("^<p>(.*?)\n?</p>\n?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex OuterParagraphRegex();
}

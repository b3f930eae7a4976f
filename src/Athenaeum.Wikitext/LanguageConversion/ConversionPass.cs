using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// Where language conversion meets the parse (MediaWiki's internalParseHalfParsed and Parser::parse):
/// the half-parsed HTML, the table of contents and the page title are converted into the render's
/// variant, unless <c>__NOCONTENTCONVERT__</c>/<c>__NOCC__</c> (or <c>__NOTITLECONVERT__</c>/<c>__NOTC__</c>
/// for the title) is on the page. Does nothing for a language without variants.
/// </summary>
/// <remarks>Stateless and thread-safe; the state is the render's <see cref="ConversionSession"/>.</remarks>
internal static class ConversionPass
{
    /// <summary>Converts half-parsed HTML (after link holders are replaced, before nowiki is unstripped).</summary>
    public static string ConvertText(RenderSession session, string text)
        => session.Conversion is { } conversion && !session.DoubleUnderscores.ContainsKey("nocontentconvert")
            ? conversion.Convert(text)
            : text;

    /// <summary>Converts the table of contents and sets the converted title, once the page is converted.</summary>
    public static void ConvertPageParts(RenderSession session)
    {
        if (session.Conversion is not { } conversion || session.DoubleUnderscores.ContainsKey("nocontentconvert"))
        {
            return;
        }

        if (session.TocHtml.Length > 0)
        {
            session.TocHtml = conversion.Convert(session.TocHtml);
        }

        if (session.DoubleUnderscores.ContainsKey("notitleconvert") || session.Output.DisplayTitle is not null)
        {
            return;
        }

        if (conversion.RuleTitle is { } ruleTitle)
        {
            session.Output.DisplayTitle = Sanitizer.RemoveSomeTags(ruleTitle);
            return;
        }

        var title = session.Title;
        var text = conversion.Convert(title.Text);
        var namespaceName = title.NamespaceName.Length == 0 ? string.Empty : conversion.Convert(title.NamespaceName);
        if (!string.Equals(text, title.Text, StringComparison.Ordinal) || !string.Equals(namespaceName, title.NamespaceName, StringComparison.Ordinal))
        {
            session.Output.DisplayTitle = FormatPageTitle(namespaceName, text);
        }
    }

    /// <summary>The title markup of MediaWiki's Parser::formatPageTitle.</summary>
    private static string FormatPageTitle(string namespaceName, string text)
    {
        var main = "<span class=\"mw-page-title-main\">" + HtmlText.EscapeNoQuotes(text) + "</span>";
        return namespaceName.Length == 0
            ? main
            : "<span class=\"mw-page-title-namespace\">" + HtmlText.EscapeNoQuotes(namespaceName) + "</span><span class=\"mw-page-title-separator\">:</span>" + main;
    }
}

using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Parsing.Inline;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// <c>{{DISPLAYTITLE:}}</c> and <c>{{DEFAULTSORT:}}</c> (with DEFAULTSORTKEY and DEFAULTCATEGORYSORT),
/// which set <see cref="ParserOutput.DisplayTitle"/> and <see cref="ParserOutput.DefaultSort"/>.
/// </summary>
internal static partial class PageStateFunctions
{
    // Elements a display title may not contain: they are escaped even where wikitext allows them (T28547).
    private static readonly string[] DisplayTitleBadTags =
        ["h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "ol", "ul", "li", "hr", "table", "tr", "th", "td", "dl", "dd", "caption", "p", "ruby", "rb", "rt", "rtc", "rp", "br"];

    public static void Register(CoreRegistry r, CoreParserFunctionsOptions options)
    {
        if (options.AllowDisplayTitle)
        {
            r.CaseSensitiveFunction(["DISPLAYTITLE"], (h, a) => DisplayTitle(h, a, options));
        }

        r.CaseSensitiveFunction(["DEFAULTSORT", "DEFAULTSORTKEY", "DEFAULTCATEGORYSORT"], DefaultSort);
    }

    private static ParserFunctionResult DisplayTitle(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, CoreParserFunctionsOptions options)
    {
        var flag = Flag(FunctionArguments.Trimmed(args, 1));
        var text = QuotePass.Run(FunctionArguments.Trimmed(args, 0));
        text = StripState.KillMarkers(text);
        Func<string, string>? attributeCallback = options.RestrictDisplayTitle ? NeutralizeHidingStyles : null;
        text = Sanitizer.RemoveHtmlTags(text, attributeCallback, removeTags: DisplayTitleBadTags);

        // Only a title that normalizes to the page's own title is allowed ($wgRestrictDisplayTitle).
        var title = host.Context.Titles.Parse(StripAllTags(text));
        var filtered = Sanitizer.DecodeCharReferencesAndNormalize(text);
        var current = host.Context.Title;
        if (!options.RestrictDisplayTitle || (title is not null && title.Fragment.Length == 0 && title.Namespace == current.Namespace && title.DbKey == current.DbKey && title.Interwiki == current.Interwiki))
        {
            var old = host.Output.DisplayTitle;
            if (old is null || flag != "noreplace")
            {
                host.Output.DisplayTitle = text;
            }

            if (old is not null && old != text && flag.Length == 0)
            {
                var magicLinks = host.Context.Options.EnableMagicLinks;
                return "<span class=\"error\">" + WikiMessages.Text(host, "duplicate-displaytitle", WikitextEscaper.Escape(old, magicLinks), WikitextEscaper.Escape(filtered, magicLinks)) + "</span>";
            }

            return string.Empty;
        }

        host.Output.Warnings.Add(WikiMessages.Text(host, "restricted-displaytitle", filtered));
        host.AddTrackingCategory("restricted-displaytitle-ignored");
        return string.Empty;
    }

    private static ParserFunctionResult DefaultSort(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var flag = Flag(FunctionArguments.Trimmed(args, 1));
        var text = FunctionArguments.Trimmed(args, 0);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var old = host.Output.DefaultSort;
        if (old is null || flag != "noreplace")
        {
            host.Output.DefaultSort = text;
        }

        if (old is null || old == text || flag.Length > 0)
        {
            return string.Empty;
        }

        var magicLinks = host.Context.Options.EnableMagicLinks;
        return "<span class=\"error\">" + WikiMessages.Text(host, "duplicate-defaultsort", WikitextEscaper.Escape(old, magicLinks), WikitextEscaper.Escape(text, magicLinks)) + "</span>";
    }

    // The magic words "noerror" and "noreplace" (case-insensitive), or "".
    private static string Flag(string argument) => argument.ToLowerInvariant() is "noerror" or "noreplace" ? argument.ToLowerInvariant() : string.Empty;

    // Styles that could hide the real title are replaced (display, user-select, visibility).
    private static string NeutralizeHidingStyles(string rawAttributes)
    {
        var attributes = Sanitizer.DecodeTagAttributes(rawAttributes);
        if (!attributes.TryGetValue("style", out var style))
        {
            return rawAttributes;
        }

        if (HidingStyleRegex().IsMatch(Sanitizer.CheckCss(style)))
        {
            attributes["style"] = "/* attempt to bypass $wgRestrictDisplayTitle */";
        }

        return Sanitizer.SafeEncodeTagAttributes(attributes);
    }

    // Sanitizer::stripAllTags: the text of the HTML, entities decoded, whitespace collapsed.
    private static string StripAllTags(string html)
    {
        var text = TagRegex().Replace(html, string.Empty);
        text = Sanitizer.DecodeCharReferences(text);
        return WhitespaceRegex().Replace(text, " ").Trim(' ');
    }

    [GeneratedRegex(@"(display|user-select|visibility)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HidingStyleRegex();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex("(?:\r\n|[ \r\n\t])+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();
}

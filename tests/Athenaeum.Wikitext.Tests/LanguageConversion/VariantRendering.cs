using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.TestSupport;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Tests.LanguageConversion;

/// <summary>Renders wikitext on a test wiki of a given content language, shown in a given variant.</summary>
internal static class VariantRendering
{
    public static ParserOutput Render(string wikitext, string language, string? variant, string title = "Test", MemoryPageSource? pages = null)
    {
        var site = SiteConfiguration.CreateDefault("Wiki", "//wiki.example", language);
        var context = new ParserContext(new TitleParser(site).Parse(title)!, site, pages ?? new MemoryPageSource())
        {
            Options = new ParserOptions { Variant = variant, WrapOutput = false },
        };
        return WikitextRenderer.Render(wikitext, context);
    }

    public static string Html(string wikitext, string language, string? variant) => Render(wikitext, language, variant).Html.Trim();
}

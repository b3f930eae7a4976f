using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Tests.Helpers;

namespace Athenaeum.Wikitext.Tests.Extensions.Common;

/// <summary>Renders a page with a pipeline, an English wiki and in-memory pages, for the tag extensions' tests.</summary>
internal static class ExtensionRender
{
    /// <summary>Renders wikitext as the page "Scratch" without the output wrapper.</summary>
    public static ParserOutput Render(string wikitext, IEnumerable<KeyValuePair<string, string>>? pages = null, WikitextPipeline? pipeline = null, string title = "Scratch")
    {
        var site = SiteConfiguration.CreateDefault();
        var source = new InMemoryPageSource(site, pages);
        var context = new ParserContext(new Wikitext.Titles.TitleParser(site).Parse(title)!, site, source)
        {
            Options = new ParserOptions { WrapOutput = false },
        };
        return WikitextRenderer.Render(wikitext, context, pipeline);
    }

    /// <summary>Makes a page list.</summary>
    public static KeyValuePair<string, string>[] Pages(params (string Title, string Text)[] pages)
        => [.. pages.Select(p => new KeyValuePair<string, string>(p.Title, p.Text))];
}

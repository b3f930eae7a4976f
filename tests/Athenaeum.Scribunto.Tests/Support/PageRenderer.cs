using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>Renders whole pages through the real pipeline (MediaWiki defaults and Scribunto).</summary>
internal sealed class PageRenderer : IDisposable
{
    private readonly ScribuntoExtension _scribunto;

    public PageRenderer(SiteConfiguration site, ScribuntoOptions? options = null)
    {
        Site = site;
        Titles = new Wikitext.Titles.TitleParser(site);
        _scribunto = new ScribuntoExtension(options);
        Pipeline = new WikitextPipelineBuilder().UseMediaWikiDefaults().Use(_scribunto).Build();
    }

    public SiteConfiguration Site { get; }

    public Wikitext.Titles.TitleParser Titles { get; }

    public MemoryPageSource Pages { get; } = new();

    public WikitextPipeline Pipeline { get; }

    public ScribuntoExtension Scribunto => _scribunto;

    public ParserOptions Options { get; set; } = new();

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public ParserOutput Render(string wikitext, string title = "Sandbox")
    {
        var context = new ParserContext(Titles.Parse(title)!, Site, Pages) { Options = Options, Clock = Clock };
        return WikitextRenderer.Render(wikitext, context, Pipeline);
    }

    public void Dispose() => _scribunto.Dispose();
}

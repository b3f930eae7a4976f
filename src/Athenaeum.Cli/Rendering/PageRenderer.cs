using System.Net;
using Athenaeum.Import;
using Athenaeum.Storage;
using Athenaeum.Web.Rendering;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Cli.Rendering;

/// <summary>
/// Renders pages with the one pipeline of the site (<see cref="WikitextPipelineFactory"/>) as MediaWiki's
/// page view does: wrapped in <c>div.mw-parser-output</c>, with the table of contents, without edit links,
/// redirect pages as their redirect header.
/// </summary>
/// <remarks>Thread-safe when its page source is (the library's is): one instance renders on every core.</remarks>
internal sealed class PageRenderer
{
    /// <summary>The scribunto limit-report key holding the Lua CPU time of a render, in milliseconds.</summary>
    public const string LuaTimeKey = "scribunto-limitreport-timeusage";

    private static readonly HashSet<string> WikitextModels = new(StringComparer.OrdinalIgnoreCase) { "wikitext", string.Empty };

    private readonly IPageStore? _pages;

    /// <summary>Initializes a new instance of the <see cref="PageRenderer"/> class.</summary>
    /// <param name="configuration">The wiki's configuration.</param>
    /// <param name="source">Where templates and modules come from, and which links are blue.</param>
    /// <param name="pages">The library's page store, to read the pages to render; <see langword="null"/> without a library.</param>
    public PageRenderer(SiteConfiguration configuration, IPageSource source, IPageStore? pages)
    {
        Configuration = configuration;
        Source = source;
        _pages = pages;
        Titles = new TitleParser(configuration);
        Pipeline = WikitextPipelineFactory.Create();
    }

    /// <summary>Gets the wiki's configuration.</summary>
    public SiteConfiguration Configuration { get; }

    /// <summary>Gets the page source.</summary>
    public IPageSource Source { get; }

    /// <summary>Gets the title parser of the wiki.</summary>
    public TitleParser Titles { get; }

    /// <summary>Gets the pipeline.</summary>
    public WikitextPipeline Pipeline { get; }

    /// <summary>Creates the renderer of a library's pages.</summary>
    /// <param name="library">The open library.</param>
    /// <returns>The renderer.</returns>
    /// <exception cref="LibraryException">The library holds no wiki yet.</exception>
    public static PageRenderer ForLibrary(ILibraryProvider library)
    {
        var site = library.Site.GetSite()
            ?? throw new LibraryException($"{library.Location}: the library is empty; import a dump first.");
        var configuration = SiteConfigurationFactory.Create(site);
        return new PageRenderer(configuration, new LibraryPageSource(library.Pages, configuration), library.Pages);
    }

    /// <summary>Creates the renderer of a plain English wiki without pages (for <c>render --file</c> without a library).</summary>
    /// <returns>The renderer.</returns>
    public static PageRenderer Standalone() => new(SiteConfiguration.CreateDefault(), new EmptyPageSource(), null);

    /// <summary>Gets a page's title with its namespace prefix.</summary>
    /// <param name="ns">The namespace number.</param>
    /// <param name="title">The title without prefix.</param>
    /// <returns>The prefixed title.</returns>
    public string PrefixedTitle(int ns, string title)
        => ns == StandardNamespaces.Main ? title : Configuration.GetNamespaceName(ns) + ":" + title;

    /// <summary>Renders wikitext as the page <paramref name="title"/>.</summary>
    /// <param name="wikitext">The text.</param>
    /// <param name="title">The page title.</param>
    /// <param name="cancellationToken">Stops a long render between expansion steps.</param>
    /// <returns>The output; its HTML is wrapped in <c>div.mw-parser-output</c>.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ParserOutput RenderText(string wikitext, PageTitle title, CancellationToken cancellationToken)
    {
        var context = new ParserContext(title, Configuration, Source);
        return WikitextRenderer.Render(wikitext, context, Pipeline, cancellationToken);
    }

    /// <summary>Renders wikitext as the page <paramref name="title"/>, reporting the Lua time it took.</summary>
    /// <param name="wikitext">The text.</param>
    /// <param name="title">The page title.</param>
    /// <param name="cancellationToken">Stops a long render between expansion steps.</param>
    /// <returns>The HTML, wrapped in <c>div.mw-parser-output</c>, and the Lua CPU time.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public RenderedPage RenderTextPage(string wikitext, PageTitle title, CancellationToken cancellationToken)
    {
        var output = RenderText(wikitext, title, cancellationToken);
        return new RenderedPage(output.Html, LuaTime(output));
    }

    /// <summary>Renders a stored page: wikitext through the pipeline, other content models (Lua, CSS, JSON) as their source, as MediaWiki shows them.</summary>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Stops a long render between expansion steps.</param>
    /// <returns>The HTML and the Lua CPU time it took.</returns>
    /// <exception cref="InvalidOperationException">The renderer has no library.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public RenderedPage RenderPage(PageRecord page, CancellationToken cancellationToken)
    {
        var pages = _pages ?? throw new InvalidOperationException("This renderer has no library to read pages from.");
        var text = pages.GetText(page.Id) ?? string.Empty;
        if (!WikitextModels.Contains(page.ContentModel))
        {
            var html = "<div class=\"mw-parser-output\"><pre class=\"mw-code source-" + WebUtility.HtmlEncode(page.ContentModel.ToLowerInvariant())
                + "\" dir=\"ltr\">" + WebUtility.HtmlEncode(text) + "</pre></div>";
            return new RenderedPage(html, TimeSpan.Zero);
        }

        var title = new PageTitle(page.Namespace, page.Title, Configuration.GetNamespaceName(page.Namespace));
        var context = new ParserContext(title, Configuration, Source)
        {
            PageId = page.SourcePageId,
            RevisionId = page.RevisionId,
            RevisionTimestamp = page.RevisionTimestamp,
            RevisionUser = page.Contributor ?? string.Empty,
        };
        var output = WikitextRenderer.Render(text, context, Pipeline, cancellationToken);
        return new RenderedPage(output.Html, LuaTime(output));
    }

    private static TimeSpan LuaTime(ParserOutput output)
        => output.LimitReport.TryGetValue(LuaTimeKey, out var ms) ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero;
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Athenaeum.Storage;
using Athenaeum.Web.Text;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Rendering.PlainText;

namespace Athenaeum.Web.Rendering;

/// <content>Rendering a page and storing the result.</content>
internal sealed partial class ArticleRenderService
{
    private static readonly HashSet<string> WikitextModels = new(StringComparer.OrdinalIgnoreCase) { "wikitext", string.Empty };

    private RenderedArticle Render(PageRecord page, bool store)
    {
        var started = Stopwatch.GetTimestamp();
        var text = _library.Provider.Pages.GetText(page.Id) ?? string.Empty;
        RenderedArticle article;
        try
        {
            article = WikitextModels.Contains(page.ContentModel) ? RenderWikitext(page, text) : RenderSource(page, text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A page the engine cannot render is shown as plain text with a notice, not as an error page.
            LogRenderFailed(ex, page.Id, page.Title);
            article = RenderFallback(page, text);
        }

        Interlocked.Increment(ref _renderCount);
        LogRendered(page.Id, page.Title, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (store && !article.Failed)
        {
            if (_library.Provider.IsReadOnly)
            {
                // Memory only (the library cannot take it): cheap enough to do now.
                Store(page, article);
            }
            else
            {
                _writes.Enqueue("the rendering of " + page.Title, () => Store(page, article));
            }
        }

        // A category page's rendering is the truth about whether it hides its category (docs/web.md, "Collections").
        if (page.Namespace == Wikitext.Site.StandardNamespaces.Category && !article.Failed)
        {
            if (_library.Provider.IsReadOnly)
            {
                _hidden.Record(page, article);
            }
            else
            {
                _writes.Enqueue("the hidden flag of " + page.Title, () => _hidden.Record(page, article));
            }
        }

        return article;
    }

    private RenderedArticle RenderWikitext(PageRecord page, string text)
    {
        var title = _library.MakeTitle(page.Namespace, page.Title);
        var context = new ParserContext(title, _library.Configuration, _library.PageSource)
        {
            Clock = _generation.Clock,
            Options = WikitextPipelineFactory.Options,
            PageId = page.SourcePageId,
            RevisionId = page.RevisionId,
            RevisionTimestamp = page.RevisionTimestamp,
            RevisionUser = page.Contributor ?? string.Empty,
        };
        var output = _library.Pipeline.Render(text, context);

        var pages = _library.Provider.Pages;
        var templates = output.Templates
            .Where(t => !t.IsExternal && t.Namespace >= 0)
            .Select(t => new DependencyRevision(t.Namespace, t.Text, pages.GetPage(t.Namespace, t.Text)?.RevisionId ?? 0))
            .DistinctBy(t => (t.Namespace, t.Title))
            .ToList();
        var links = output.Links
            .Where(l => !l.IsExternal && l.Namespace >= 0)
            .Select(l => new DependencyRevision(l.Namespace, l.Text, 0))
            .DistinctBy(l => (l.Namespace, l.Title))
            .OrderBy(l => l.Namespace).ThenBy(l => l.Title, StringComparer.Ordinal)
            .ToList();
        var linkState = RenderFingerprint.LinkState(links, l => pages.Exists(l.Namespace, l.Title));
        var properties = output.Properties.Keys.Order(StringComparer.Ordinal).ToList();
        var metadata = new RenderMetadata
        {
            Generation = _generation.Stamp,
            Fingerprint = RenderFingerprint.Compute(page.RevisionId, templates, linkState),
            Templates = templates,
            Links = links,
            LinkState = linkState,
            Sections = [.. output.Sections],
            ShowToc = ShowsToc(output),
            DisplayTitle = output.DisplayTitle,
            DefaultSort = output.DefaultSort,
            Categories = [.. output.Categories],
            Properties = properties,
            Lead = PlainTextRenderer.LeadParagraph(output.Html),
        };
        return new RenderedArticle(page.Id, page.RevisionId, output.Html, metadata, _generation.Clock.GetUtcNow());
    }

    // MediaWiki shows a TOC with four or more headings or __FORCETOC__, at __TOC__ wherever it is, never with __NOTOC__ alone.
    private static bool ShowsToc(ParserOutput output)
    {
        var properties = output.Properties;
        if (output.Sections.Count == 0)
        {
            return false;
        }

        if (properties.ContainsKey("toc") || properties.ContainsKey("forcetoc"))
        {
            return true;
        }

        return !properties.ContainsKey("notoc") && output.Sections.Count >= 4;
    }

    private RenderedArticle RenderSource(PageRecord page, string text)
    {
        // Modules, CSS, JavaScript and JSON pages show their source, as MediaWiki does.
        var html = new StringBuilder("<div class=\"mw-parser-output\"><pre class=\"mw-code source-")
            .AppendEscaped(page.ContentModel.ToLowerInvariant()).Append("\" dir=\"ltr\">").AppendEscaped(text).Append("</pre></div>").ToString();
        var metadata = new RenderMetadata { Generation = _generation.Stamp, Fingerprint = RenderFingerprint.Compute(page.RevisionId, [], string.Empty) };
        return new RenderedArticle(page.Id, page.RevisionId, html, metadata, _generation.Clock.GetUtcNow());
    }

    private RenderedArticle RenderFallback(PageRecord page, string text)
    {
        var sb = new StringBuilder("<div class=\"mw-parser-output\"><div class=\"render-error\" role=\"note\">")
            .Append("This article could not be formatted; its text is shown without formatting.</div>");
        foreach (var paragraph in _library.Stripper.Strip(text).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append("<p>").AppendEscaped(paragraph).Append("</p>");
        }

        var metadata = new RenderMetadata { Generation = _generation.Stamp, Fingerprint = "failed-" + RenderFingerprint.Compute(page.RevisionId, [], string.Empty) };
        return new RenderedArticle(page.Id, page.RevisionId, sb.Append("</div>").ToString(), metadata, _generation.Clock.GetUtcNow(), Failed: true);
    }

    private void Store(PageRecord page, RenderedArticle article)
    {
        var json = JsonSerializer.Serialize(article.Metadata, RenderMetadataJson.Default.RenderMetadata);
        _library.RenderCache.Put(new RenderedRevision(page.Id, page.RevisionId, RendererVersion.Current, article.Html, article.RenderedAt, json));

        // A read-only library keeps the importer's links: tracking categories the renderer finds are not added.
        if (_library.Provider.IsReadOnly || page.IsRemoved || article.Metadata.Templates.Count + article.Metadata.Links.Count + article.Metadata.Categories.Count == 0)
        {
            return;
        }

        // The renderer's exact tables replace the importer's scan (categories and links that templates add).
        var defaultSort = article.Metadata.DefaultSort ?? string.Empty;
        var links = new PageLinks(
            [.. article.Metadata.Links.Select(l => new LinkTarget(l.Namespace, l.Title))],
            [.. article.Metadata.Categories.DistinctBy(c => c.Name).Select(c => new CategoryMembership(c.Name, c.SortKey.Length > 0 ? c.SortKey : defaultSort))],
            [.. article.Metadata.Templates.Select(t => new LinkTarget(t.Namespace, t.Title))],
            _library.Provider.Links.GetImages(page.Id));
        _library.Provider.Links.ReplaceLinks(page.Id, links);
    }
}

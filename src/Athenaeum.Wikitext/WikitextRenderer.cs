using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Rendering.Html;

namespace Athenaeum.Wikitext;

/// <summary>
/// Renders wikitext to the HTML MediaWiki 1.39 shows a reader, with the metadata of
/// <see cref="ParserOutput"/>. The entry point of the engine, like Markdig's <c>Markdown.ToHtml</c>.
/// </summary>
/// <remarks>Thread-safe: each call renders independently; the pipeline is shared.</remarks>
public static class WikitextRenderer
{
    private static readonly Lazy<WikitextPipeline> DefaultPipelineLazy = new(() => new WikitextPipelineBuilder().UseMediaWikiDefaults().Build());

    /// <summary>Gets the pipeline with MediaWiki's defaults, built once.</summary>
    public static WikitextPipeline DefaultPipeline => DefaultPipelineLazy.Value;

    /// <summary>
    /// Renders a page. A page that starts with <c>#REDIRECT [[Target]]</c> renders as MediaWiki shows it
    /// with <c>redirect=no</c>: a link to the target, then the rest of the page.
    /// </summary>
    /// <param name="wikitext">The page's wikitext.</param>
    /// <param name="context">The page, its wiki and its page source.</param>
    /// <param name="pipeline">The pipeline; <see cref="DefaultPipeline"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long render between expansion steps.</param>
    /// <returns>The HTML and metadata.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wikitext"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ParserOutput Render(string wikitext, ParserContext context, WikitextPipeline? pipeline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wikitext);
        ArgumentNullException.ThrowIfNull(context);
        using var parse = new ParseSession(pipeline ?? DefaultPipeline, context, cancellationToken: cancellationToken);

        // A redirect page shows a link to its target, then whatever follows the redirect link.
        var isRedirect = RedirectHeader.TrySplit(wikitext, context.Titles, out var target, out var rest);
        var session = new RenderSession(isRedirect ? rest : wikitext, parse);
        parse.GetExtensionState(static () => new RenderSessionHolder()).Session = session;
        var parser = new InternalParser(session);
        parse.RecursiveParser = parser;
        var body = parser.ParsePage();
        if (isRedirect)
        {
            parse.Output.RedirectTarget = target;
            parse.Output.Links.Add(target.WithoutFragment);
            body = RedirectHeader.Html(session, target) + body;
        }

        parse.Output.Html = OutputTransform.Apply(session, body);
        parse.CompleteLimitReport();
        return parse.Output;
    }
}

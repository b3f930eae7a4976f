using System.Reflection;
using Athenaeum.Scribunto;
using Athenaeum.Wikitext;

namespace Athenaeum.Web.Rendering;

/// <summary>
/// Builds the one wikitext pipeline Athenaeum renders with (the site, <c>athenaeum render</c>), and names
/// the assemblies it is made of.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class WikitextPipelineFactory
{
    /// <summary>Gets the assemblies whose code decides the rendered HTML (see <c>RendererVersion</c>).</summary>
    public static IReadOnlyList<Assembly> EngineAssemblies { get; } =
        [typeof(WikitextPipeline).Assembly, typeof(ScribuntoPipelineBuilderExtensions).Assembly];

    /// <summary>Builds the pipeline: MediaWiki 1.39's defaults with Wikipedia's parser extensions and Scribunto.</summary>
    /// <returns>The pipeline (immutable; build it once).</returns>
    public static WikitextPipeline Create() => new WikitextPipelineBuilder().UseMediaWikiDefaults().UseScribunto().Build();

    /// <summary>Gets the parser options of a page view: MediaWiki's defaults, with the table of contents drawn by the site beside the text instead of inside it.</summary>
    public static ParserOptions Options { get; } = new() { EnableToc = false };
}

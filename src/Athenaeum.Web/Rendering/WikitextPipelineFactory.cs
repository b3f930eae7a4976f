using System.Reflection;
using Athenaeum.Wikitext;

namespace Athenaeum.Web.Rendering;

/// <summary>Builds the one wikitext pipeline the site renders with, and names the assemblies it is made of.</summary>
/// <remarks>Thread-safe.</remarks>
internal static class WikitextPipelineFactory
{
    /// <summary>Gets the assemblies whose code decides the rendered HTML (see <see cref="RendererVersion"/>).</summary>
    public static IReadOnlyList<Assembly> EngineAssemblies { get; } = [typeof(Athenaeum.Wikitext.WikitextPipeline).Assembly];

    /// <summary>Builds the pipeline: MediaWiki 1.39's defaults with Wikipedia's parser extensions.</summary>
    /// <returns>The pipeline (immutable; build it once).</returns>
    public static WikitextPipeline Create()
    {
        // TODO: add UseCite() and UseScribunto() here (and their assemblies above) when the cite and lua branches land on main.
        return new WikitextPipelineBuilder().UseMediaWikiDefaults().Build();
    }

    /// <summary>Gets the parser options of a page view: MediaWiki's defaults, with the table of contents drawn by the site beside the text instead of inside it.</summary>
    public static ParserOptions Options { get; } = new() { EnableToc = false };
}

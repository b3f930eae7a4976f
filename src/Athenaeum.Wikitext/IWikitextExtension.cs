namespace Athenaeum.Wikitext;

/// <summary>
/// An extension of the wikitext pipeline (a tag such as <c>&lt;ref&gt;</c>, a set of parser functions,
/// a magic-word set), registered with <see cref="WikitextPipelineBuilder"/> as in Markdig's
/// IMarkdownExtension (STYLE.md §2.3).
/// </summary>
public interface IWikitextExtension
{
    /// <summary>Registers the extension's parser functions, tags and hooks with the builder.</summary>
    /// <param name="pipeline">The builder being configured.</param>
    void Setup(WikitextPipelineBuilder pipeline);

    /// <summary>Completes the set-up once the pipeline is built (for example to look up other extensions).</summary>
    /// <param name="pipeline">The built pipeline.</param>
    void Setup(WikitextPipeline pipeline);
}

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// MediaWiki 1.39's Cite extension: the <c>&lt;ref&gt;</c> and <c>&lt;references&gt;</c> tags, footnote
/// markers and reference lists numbered and linked exactly as Cite does, list-defined references,
/// groups, <c>follow=</c>, every Cite error with its tracking category, and the list appended to a
/// page whose references were not listed. Messages (back-link style, group labels) can be overridden
/// by the wiki's <c>MediaWiki:</c> pages.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CiteExtension : IWikitextExtension
{
    /// <summary>Initializes a new instance of the <see cref="CiteExtension"/> class.</summary>
    /// <param name="options">The settings; the defaults of MediaWiki 1.39 when <see langword="null"/>.</param>
    public CiteExtension(CiteOptions? options = null) => Options = options ?? new CiteOptions();

    /// <summary>Gets the settings.</summary>
    public CiteOptions Options { get; }

    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new RefTag(Options));
        pipeline.TagExtensions.Add(new ReferencesTag(Options));
        pipeline.AfterParseHooks.Add(new CiteAfterParseHook(Options));
        pipeline.TrackingCategories.TryAdd(CiteMessages.TrackingCategoryKey, "Pages with reference errors");
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

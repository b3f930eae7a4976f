namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// MediaWiki's core parser functions and magic variables (CoreParserFunctions and
/// CoreMagicVariables of 1.39): case and URL functions, namespaces and page names, number and
/// language functions, <c>int</c>, <c>DISPLAYTITLE</c>, <c>DEFAULTSORT</c>, page and revision data, the
/// date variables and the site variables.
/// </summary>
/// <remarks>Immutable and thread-safe once set up.</remarks>
public sealed class CoreParserFunctionsExtension : IWikitextExtension
{
    /// <summary>Initializes a new instance of the <see cref="CoreParserFunctionsExtension"/> class.</summary>
    /// <param name="options">The settings; MediaWiki's defaults when <see langword="null"/>.</param>
    public CoreParserFunctionsExtension(CoreParserFunctionsOptions? options = null)
    {
        Options = options ?? new CoreParserFunctionsOptions();
    }

    /// <summary>Gets the settings.</summary>
    public CoreParserFunctionsOptions Options { get; }

    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var registry = new CoreRegistry(pipeline);
        CaseFunctions.Register(registry);
        UrlFunctions.Register(registry);
        NumberFunctions.Register(registry);
        LanguageFunctions.Register(registry, Options);
        PageNameFunctions.Register(registry);
        PageStateFunctions.Register(registry, Options);
        PageDataFunctions.Register(registry, Options);
        DateVariables.Register(registry, Options);
        SiteVariables.Register(registry, Options);
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}

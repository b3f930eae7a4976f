using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext;

/// <summary>
/// Configures a <see cref="WikitextPipeline"/>: which extensions, parser functions and tags it has.
/// Build the pipeline once and reuse it (STYLE.md §2.2).
/// </summary>
/// <remarks>Not thread-safe; the built pipeline is.</remarks>
public sealed class WikitextPipelineBuilder
{
    /// <summary>Gets the extensions to set up, in order.</summary>
    public IList<IWikitextExtension> Extensions { get; } = [];

    /// <summary>Gets the parser functions, in registration order (a later one with the same name wins).</summary>
    public IList<IParserFunction> ParserFunctions { get; } = [];

    /// <summary>Gets the magic variables, in registration order (a later one with the same name wins).</summary>
    public IList<IMagicVariable> Variables { get; } = [];

    /// <summary>
    /// Gets the extension tags (<c>&lt;ref&gt;</c>, <c>&lt;pre&gt;</c> …), in registration order (a later
    /// one with the same tag name wins). Their names decide which tags the preprocessor recognizes.
    /// </summary>
    public IList<ITagExtension> TagExtensions { get; } = [];

    /// <summary>
    /// Gets the tracking category names by message key ("template-loop-category" → "Pages with
    /// template loops"), in the wiki's content language. Prefilled with MediaWiki's core tracking
    /// categories in English; extensions add theirs. A wiki's own <c>MediaWiki:</c> message page wins.
    /// </summary>
    public IDictionary<string, string> TrackingCategories { get; } = CoreTrackingCategories.Create();

    /// <summary>Adds an extension unless one of the same type is already present.</summary>
    /// <typeparam name="TExtension">The extension type.</typeparam>
    /// <param name="extension">The extension.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is <see langword="null"/>.</exception>
    public WikitextPipelineBuilder Use<TExtension>(TExtension extension)
        where TExtension : IWikitextExtension
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (!Extensions.Any(e => e.GetType() == extension.GetType()))
        {
            Extensions.Add(extension);
        }

        return this;
    }

    /// <summary>Builds the immutable pipeline.</summary>
    /// <returns>The pipeline.</returns>
    public WikitextPipeline Build()
    {
        foreach (var extension in Extensions)
        {
            extension.Setup(this);
        }

        var pipeline = new WikitextPipeline(this);
        foreach (var extension in Extensions)
        {
            extension.Setup(pipeline);
        }

        return pipeline;
    }
}

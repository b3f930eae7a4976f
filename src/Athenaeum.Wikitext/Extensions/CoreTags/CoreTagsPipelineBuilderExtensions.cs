namespace Athenaeum.Wikitext.Extensions.CoreTags;

/// <summary>Adds the core tags to a pipeline.</summary>
public static class CoreTagsPipelineBuilderExtensions
{
    /// <summary>Adds <c>&lt;nowiki&gt;</c>, <c>&lt;pre&gt;</c> and <c>{{#tag:…}}</c> (<see cref="CoreTagsExtension"/>).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseCoreTags(this WikitextPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new CoreTagsExtension());
    }
}

namespace Athenaeum.Wikitext.Extensions.Gallery;

/// <summary>Adds the gallery tag to a pipeline.</summary>
public static class GalleryPipelineBuilderExtensions
{
    /// <summary>Adds <c>&lt;gallery&gt;</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseGallery(this WikitextPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new GalleryExtension());
    }
}

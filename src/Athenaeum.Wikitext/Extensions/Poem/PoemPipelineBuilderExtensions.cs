namespace Athenaeum.Wikitext.Extensions.Poem;

/// <summary>Adds Poem to a pipeline.</summary>
public static class PoemPipelineBuilderExtensions
{
    /// <summary>Adds the Poem extension (<c>&lt;poem&gt;</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UsePoem(this WikitextPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new PoemExtension());
    }
}

namespace Athenaeum.Wikitext.Extensions.Indicator;

/// <summary>Adds the indicator tag to a pipeline.</summary>
public static class IndicatorPipelineBuilderExtensions
{
    /// <summary>Adds <c>&lt;indicator&gt;</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseIndicators(this WikitextPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new IndicatorExtension());
    }
}

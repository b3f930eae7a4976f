namespace Athenaeum.Wikitext.Extensions.MathSource;

/// <summary>Adds Math to a pipeline.</summary>
public static class MathPipelineBuilderExtensions
{
    /// <summary>Adds <c>&lt;math&gt;</c>, <c>&lt;ce&gt;</c> and <c>&lt;chem&gt;</c> (TeX shown as source).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseMath(this WikitextPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new MathExtension());
    }
}

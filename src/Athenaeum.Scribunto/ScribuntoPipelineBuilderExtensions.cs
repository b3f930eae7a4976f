using Athenaeum.Wikitext;

namespace Athenaeum.Scribunto;

/// <summary>Registers Scribunto with a <see cref="WikitextPipelineBuilder"/>.</summary>
public static class ScribuntoPipelineBuilderExtensions
{
    /// <summary>Adds <c>{{#invoke:}}</c> (Lua modules) to the pipeline.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The engine options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static WikitextPipelineBuilder UseScribunto(this WikitextPipelineBuilder builder, ScribuntoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new ScribuntoExtension(options));
    }
}

using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// The render calling a parser function: its context, its limits and its output. Implemented by the
/// preprocessor for each render.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
public interface IParserFunctionHost
{
    /// <summary>Gets the render's context (page title, site, page source, clock, options).</summary>
    ParserContext Context { get; }

    /// <summary>Gets the output being built, for links, categories and warnings.</summary>
    ParserOutput Output { get; }

    /// <summary>Gets the frame the call appears in (the template or page being expanded).</summary>
    IExpansionFrame Frame { get; }

    /// <summary>Gets the pipeline running the render, to look up other functions and tags.</summary>
    WikitextPipeline Pipeline { get; }

    /// <summary>
    /// Counts one expensive call (<c>#ifexist</c>, <c>mw.title</c> existence). Returns
    /// <see langword="false"/> once the limit is reached; the caller then treats the call as failed.
    /// </summary>
    /// <returns>Whether the call may go ahead.</returns>
    bool TryIncrementExpensiveFunctionCount();

    /// <summary>Adds a tracking category named by a message key, as MediaWiki's addTrackingCategory.</summary>
    /// <param name="messageKey">The message key, for example "expensive-parserfunction-category".</param>
    void AddTrackingCategory(string messageKey);

    /// <summary>
    /// Gets per-render state of an extension (a Lua engine, a list of references), created by
    /// <paramref name="create"/> on first use and kept until the render ends; state that is
    /// <see cref="IDisposable"/> is disposed when the render ends.
    /// </summary>
    /// <typeparam name="T">The state type; one instance per type and render.</typeparam>
    /// <param name="create">Creates the state on first use.</param>
    /// <returns>The render's instance.</returns>
    T GetExtensionState<T>(Func<T> create)
        where T : class;

    /// <summary>Records that the page's output depends on whether <paramref name="title"/> exists (for <c>#ifexist</c>).</summary>
    /// <param name="title">The title checked.</param>
    void AddExistenceDependency(PageTitle title);

    /// <summary>
    /// Creates a child frame of <see cref="Frame"/> whose arguments are parser function arguments,
    /// expanded only when read (Scribunto's <c>#invoke</c> frame: the arguments after the function
    /// name). Positional arguments are numbered by their position in the call minus
    /// <paramref name="indexOffset"/>; named ones are keyed by their trimmed name; a later duplicate
    /// wins (with MediaWiki's warning and tracking category).
    /// </summary>
    /// <param name="title">The child frame's title (the module).</param>
    /// <param name="arguments">The arguments, as the function received them.</param>
    /// <param name="indexOffset">Subtracted from positional numbers (1 when the function name was the first positional part).</param>
    /// <returns>The child frame.</returns>
    /// <remarks>
    /// The default implementation expands every argument at once and calls
    /// <see cref="IExpansionFrame.NewChild"/>; the preprocessor's own host expands lazily.
    /// </remarks>
    IExpansionFrame NewChildFrame(PageTitle title, IReadOnlyList<ParserFunctionArgument> arguments, int indexOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var expanded = new List<KeyValuePair<string, string>>(arguments.Count);
        var position = indexOffset;
        foreach (var argument in arguments)
        {
            if (argument.TrySplit(out var name, out var value))
            {
                expanded.Add(new(name, value.Expand()));
            }
            else
            {
                position++;
                expanded.Add(new((position - indexOffset).ToString(System.Globalization.CultureInfo.InvariantCulture), argument.Expand()));
            }
        }

        return Frame.NewChild(title, expanded);
    }
}

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// A parser function such as <c>{{#if:…}}</c>, <c>{{lc:…}}</c> or <c>{{#invoke:…}}</c>. The preprocessor
/// finds it by name and hands it its arguments unexpanded, so that a function expands only what
/// it needs (MediaWiki's SFH_OBJECT_ARGS calling convention).
/// </summary>
/// <remarks>Implementations are stateless and thread-safe: one instance serves every render.</remarks>
public interface IParserFunction
{
    /// <summary>
    /// Gets the names the function answers to, including a leading "#" where the syntax has one
    /// ("#if", "lc", "formatnum"). Matched ignoring case unless <see cref="IsCaseSensitive"/>.
    /// </summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Gets a value indicating whether <see cref="Names"/> match case-sensitively.</summary>
    bool IsCaseSensitive { get; }

    /// <summary>Runs the function.</summary>
    /// <param name="host">The render that calls the function: context, limits, output.</param>
    /// <param name="args">
    /// The arguments: the first is the text after the colon (already expanded and trimmed, as
    /// MediaWiki passes it); the others are the "|"-separated parts, expanded on demand.
    /// </param>
    /// <returns>The function's result.</returns>
    ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args);
}

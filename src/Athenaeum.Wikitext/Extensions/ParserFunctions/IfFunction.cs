using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary><c>{{#if: test | then | else}}</c>: "then" when the trimmed test is not empty.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class IfFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#if"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var test = args.Count > 0 ? args[0].ExpandTrimmed() : string.Empty;
        var branch = test.Length > 0 ? 1 : 2;
        return branch < args.Count ? args[branch].ExpandTrimmed() : string.Empty;
    }
}

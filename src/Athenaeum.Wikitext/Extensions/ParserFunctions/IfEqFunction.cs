using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Globalization.Php;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// <c>{{#ifeq: a | b | then | else}}</c>: compares with character references decoded, numerically
/// when both sides are numbers (PHP's loose ==: "01" equals "1", "0" equals "-0").
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class IfEqFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#ifeq"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var left = args.Count > 0 ? FunctionArguments.DecodeTrimExpand(args[0], out _) : string.Empty;
        var right = args.Count > 1 ? FunctionArguments.DecodeTrimExpand(args[1], out _) : string.Empty;
        var branch = PhpNumeric.LooseEquals(left, right) ? 2 : 3;
        return branch < args.Count ? args[branch].ExpandTrimmed() : string.Empty;
    }
}

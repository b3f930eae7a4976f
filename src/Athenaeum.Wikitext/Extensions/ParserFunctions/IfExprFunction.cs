using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Extensions.ParserFunctions.Expression;
using Athenaeum.Wikitext.Globalization.Php;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// <c>{{#ifexpr: expression | then | else}}</c>: "then" when the expression's value is true as PHP
/// sees it (a numeric result is compared as a float, so "-0" is false; "" is false).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class IfExprFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#ifexpr"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var expression = args.Count > 0 ? args[0].ExpandTrimmed() : string.Empty;
        string result;
        try
        {
            result = ExpressionEvaluator.Evaluate(expression);
        }
        catch (ExpressionException e)
        {
            return WikiMessages.StrongError(host, e.MessageKey, e.Parameter);
        }

        var isTrue = PhpNumeric.TryParseNumeric(result, out _, out var value)
            ? value != 0.0 || double.IsNaN(value)
            : result.Length > 0 && result != "0";
        var branch = isTrue ? 1 : 2;
        return branch < args.Count ? args[branch].ExpandTrimmed() : string.Empty;
    }
}

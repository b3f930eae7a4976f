using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Extensions.ParserFunctions.Expression;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary><c>{{#expr: expression}}</c>: evaluates the expression, or shows the error in <c>&lt;strong class="error"&gt;</c>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class ExprFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#expr"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var expression = FunctionArguments.Trimmed(args, 0);
        try
        {
            return ExpressionEvaluator.Evaluate(expression);
        }
        catch (ExpressionException e)
        {
            return WikiMessages.StrongError(host, e.MessageKey, e.Parameter);
        }
    }
}

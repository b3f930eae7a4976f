using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>Registers delegate-based functions and variables with a builder, with MediaWiki's case rules per word.</summary>
internal sealed class CoreRegistry(WikitextPipelineBuilder builder)
{
    /// <summary>Adds a case-insensitive function (MediaWiki magic word case 0).</summary>
    public void Function(string[] names, Func<IParserFunctionHost, IReadOnlyList<ParserFunctionArgument>, ParserFunctionResult> body)
        => builder.ParserFunctions.Add(new DelegateParserFunction(names, caseSensitive: false, body));

    /// <summary>Adds a case-sensitive function (MediaWiki magic word case 1).</summary>
    public void CaseSensitiveFunction(string[] names, Func<IParserFunctionHost, IReadOnlyList<ParserFunctionArgument>, ParserFunctionResult> body)
        => builder.ParserFunctions.Add(new DelegateParserFunction(names, caseSensitive: true, body));

    /// <summary>Adds a case-sensitive variable.</summary>
    public void Variable(string[] names, Func<IParserFunctionHost, string> value)
        => builder.Variables.Add(new DelegateMagicVariable(names, caseSensitive: true, value));

    /// <summary>Adds a case-insensitive variable.</summary>
    public void CaseInsensitiveVariable(string[] names, Func<IParserFunctionHost, string> value)
        => builder.Variables.Add(new DelegateMagicVariable(names, caseSensitive: false, value));
}

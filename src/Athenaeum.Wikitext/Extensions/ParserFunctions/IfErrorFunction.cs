using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// <c>{{#iferror: test | error | correct}}</c>: detects an element with class "error" (what
/// <c>#expr</c>, <c>#time</c>, <c>#rel2abs</c> and Lua errors print) in the expanded test; without a
/// "correct" branch the test itself is returned.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed partial class IfErrorFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#iferror"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var test = args.Count > 0 ? args[0].ExpandTrimmed() : string.Empty;
        if (ErrorRegex().IsMatch(test))
        {
            return args.Count > 1 ? args[1].ExpandTrimmed() : string.Empty;
        }

        return args.Count > 2 ? args[2].ExpandTrimmed() : test;
    }

    // ParserFunctions' pattern: a strong, span, p or div start tag whose class list contains "error"
    // (\s spelled out as PCRE's ASCII whitespace).
    [GeneratedRegex(@"<(?:strong|span|p|div)[ \t\n\x0B\f\r](?:[^ \t\n\x0B\f\r>]*[ \t\n\x0B\f\r]+)*?class=""(?:[^"" \t\n\x0B\f\r>]*[ \t\n\x0B\f\r]+)*?error(?:[ \t\n\x0B\f\r][^"">]*)?""", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorRegex();
}

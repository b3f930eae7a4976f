using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Globalization.Php;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// <c>{{#switch: value | case = result | case1 | case2 = result | #default = result | default}}</c>,
/// as ParserFunctions: cases compare like <c>#ifeq</c>; cases without "=" fall through to the next
/// result; <c>#default</c> (or a case following it without "=") gives the default; a last argument
/// without "=" is the default and wins over <c>#default</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class SwitchFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#switch"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        if (args.Count == 0)
        {
            return string.Empty;
        }

        var primary = FunctionArguments.DecodeTrimExpand(args[0], out _);
        var found = false;
        var defaultFound = false;
        ParserFunctionArgument? defaultValue = null;
        var lastItemHadNoEquals = false;
        var lastItem = string.Empty;

        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].TrySplit(out var name, out var value))
            {
                lastItemHadNoEquals = false;
                if (found)
                {
                    // A case without "=" matched: the next result is the one.
                    return value.ExpandTrimmed();
                }

                var test = ParserFunctionArgument.Trim(Sanitizer.DecodeCharReferences(name));
                if (PhpNumeric.LooseEquals(test, primary))
                {
                    return value.ExpandTrimmed();
                }

                if (defaultFound || IsDefaultKeyword(test))
                {
                    defaultValue = value;
                    defaultFound = false;
                }
            }
            else
            {
                // A case without "=": remember a match and fall through to the next result.
                lastItemHadNoEquals = true;
                var decoded = FunctionArguments.DecodeTrimExpand(args[i], out lastItem);
                if (PhpNumeric.LooseEquals(decoded, primary))
                {
                    found = true;
                }
                else if (IsDefaultKeyword(decoded))
                {
                    defaultFound = true;
                }
            }
        }

        if (lastItemHadNoEquals)
        {
            return lastItem;
        }

        return defaultValue is not null ? defaultValue.ExpandTrimmed() : string.Empty;
    }

    // The magic word "#default" (case-insensitive in MediaWiki's English magic words).
    private static bool IsDefaultKeyword(string text) => string.Equals(text, "#default", StringComparison.OrdinalIgnoreCase);

}

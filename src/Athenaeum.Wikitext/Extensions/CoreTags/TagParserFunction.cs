using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.CoreTags;

/// <summary>
/// <c>{{#tag:name|content|attr=value}}</c>: runs an extension tag with expanded content (MediaWiki's
/// CoreParserFunctions::tagObj). A name that is not a registered tag is written back as an ordinary
/// HTML tag with escaped attributes, for the sanitizer to judge.
/// </summary>
internal sealed class TagParserFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#tag"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return string.Empty;
        }

        var tagName = AsciiText.ToLower(args[0].ExpandTrimmed());
        var content = args.Count > 1 ? args[1].Expand() : null;
        var attributes = new List<KeyValuePair<string, string>>();
        for (var k = 2; k < args.Count; k++)
        {
            if (args[k].TrySplit(out var name, out var valueArgument))
            {
                attributes.Add(new(name, Unquote(valueArgument.ExpandTrimmed())));
            }
        }

        return host.Frame.ExtensionTag(tagName, content, attributes);
    }

    // /^(?:["'](.+)["']|""|'')$/s
    private static string Unquote(string value)
    {
        if (value.Length >= 3 && value[0] is '"' or '\'' && value[^1] is '"' or '\'')
        {
            return value[1..^1];
        }

        return value is "\"\"" or "''" ? string.Empty : value;
    }
}

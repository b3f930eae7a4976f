using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Globalization.Php;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// <c>{{#titleparts: title | parts | offset}}</c>: the given number of "/"-separated parts of the
/// normalized title, from a 1-based offset (negative values count from the end, as PHP's
/// array_slice); an invalid title is returned as given.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class TitlePartsFunction : IParserFunction
{
    /// <summary>The most parts a title is split into (MediaWiki's explode limit); the last holds the rest.</summary>
    private const int MaxParts = 25;

    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#titleparts"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var text = FunctionArguments.Trimmed(args, 0);
        var parts = PhpNumeric.ToLong(FunctionArguments.Trimmed(args, 1));
        var offset = PhpNumeric.ToLong(FunctionArguments.Trimmed(args, 2));
        var title = host.Context.Titles.Parse(text);
        if (title is null)
        {
            return text;
        }

        var bits = title.PrefixedText.Split('/', MaxParts);
        if (offset > 0)
        {
            offset--;
        }

        return string.Join("/", Slice(bits, offset, parts == 0 ? null : parts));
    }

    /// <summary>PHP's array_slice: negative offsets count from the end, a negative length stops before the end.</summary>
    internal static IEnumerable<string> Slice(string[] items, long offset, long? length)
    {
        var n = items.Length;
        var start = offset < 0 ? Math.Max(0, n + offset) : Math.Min(n, offset);
        var end = length switch
        {
            null => n,
            < 0 => Math.Max(start, n + length.Value),
            _ => Math.Min(n, start + length.Value),
        };
        for (var i = start; i < end; i++)
        {
            yield return items[i];
        }
    }
}

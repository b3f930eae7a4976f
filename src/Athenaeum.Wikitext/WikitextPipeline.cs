using System.Collections.Frozen;
using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext;

/// <summary>
/// The configured wikitext engine: parser functions, tags and extensions. Built by
/// <see cref="WikitextPipelineBuilder"/>.
/// </summary>
/// <remarks>Immutable, thread-safe, and should be reused for every render (STYLE.md §2.2).</remarks>
public sealed class WikitextPipeline
{
    private readonly FrozenDictionary<string, IParserFunction> _functionsIgnoreCase;
    private readonly FrozenDictionary<string, IParserFunction> _functionsCaseSensitive;

    internal WikitextPipeline(WikitextPipelineBuilder builder)
    {
        Extensions = [.. builder.Extensions];
        var ignoreCase = new Dictionary<string, IParserFunction>(StringComparer.OrdinalIgnoreCase);
        var caseSensitive = new Dictionary<string, IParserFunction>(StringComparer.Ordinal);
        foreach (var function in builder.ParserFunctions)
        {
            foreach (var name in function.Names)
            {
                if (function.IsCaseSensitive)
                {
                    caseSensitive[name] = function;
                }
                else
                {
                    ignoreCase[name] = function;
                }
            }
        }

        _functionsIgnoreCase = ignoreCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _functionsCaseSensitive = caseSensitive.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the extensions, in set-up order.</summary>
    public IReadOnlyList<IWikitextExtension> Extensions { get; }

    /// <summary>Finds a parser function by the name written before the colon.</summary>
    /// <param name="name">The name, "#" included where written ("#if").</param>
    /// <param name="function">The function found.</param>
    /// <returns><see langword="true"/> when a function has that name.</returns>
    public bool TryGetParserFunction(string name, out IParserFunction function)
        => _functionsCaseSensitive.TryGetValue(name, out function!) || _functionsIgnoreCase.TryGetValue(name, out function!);
}

using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// <c>{{#rel2abs: path | base}}</c>: resolves "./", "../" and "/" (relative to the current page or
/// the given base) in a slash-separated title path; going above the root is an error.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed partial class Rel2AbsFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#rel2abs"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var to = FunctionArguments.Trimmed(args, 0).TrimEnd(' ', '/');
        var from = FunctionArguments.Trimmed(args, 1);
        if (from.Length == 0)
        {
            from = host.Context.Title.PrefixedText;
        }

        if (to.Length == 0 || to == ".")
        {
            return from;
        }

        // A path that does not start with "/", "./" or "../" (or is not "..") is absolute.
        if (!to.StartsWith('/') && !to.StartsWith("./", StringComparison.Ordinal) && !to.StartsWith("../", StringComparison.Ordinal) && to != "..")
        {
            from = string.Empty;
        }

        var fullPath = "/" + from + "/" + to + "/";
        fullPath = CurrentDirectoryRegex().Replace(fullPath, "/");
        fullPath = RepeatedSlashRegex().Replace(fullPath, "/");
        fullPath = fullPath.Trim('/');

        var stack = new List<string>();
        foreach (var segment in fullPath.Split('/'))
        {
            if (segment == "..")
            {
                if (stack.Count == 0)
                {
                    return WikiMessages.StrongError(host, "pfunc_rel2abs_invalid_depth", fullPath);
                }

                stack.RemoveAt(stack.Count - 1);
            }
            else
            {
                stack.Add(segment);
            }
        }

        return string.Join("/", stack);
    }

    [GeneratedRegex("/(\\./)+", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentDirectoryRegex();

    [GeneratedRegex("/{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedSlashRegex();
}

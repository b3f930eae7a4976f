using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>How MediaWiki hands arguments to parser functions.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class FunctionArguments
{
    /// <summary>
    /// Gets an argument expanded and trimmed, as MediaWiki passes every argument to a function
    /// registered without SFH_OBJECT_ARGS ("name=value" stays whole); "" when it is missing.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="index">The index (0 is the text after the colon).</param>
    /// <returns>The text.</returns>
    public static string Trimmed(IReadOnlyList<ParserFunctionArgument> args, int index)
        => index < args.Count ? args[index].ExpandTrimmed() : string.Empty;

    /// <summary>Gets an argument expanded and trimmed, or <see langword="null"/> when it is missing.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="index">The index.</param>
    /// <returns>The text or <see langword="null"/>.</returns>
    public static string? TrimmedOrNull(IReadOnlyList<ParserFunctionArgument> args, int index)
        => index < args.Count ? args[index].ExpandTrimmed() : null;

    /// <summary>
    /// Expands an argument, decodes its character references and trims it (ParserFunctions'
    /// decodeTrimExpand), so that "&amp;amp;" compares equal to "&amp;".
    /// </summary>
    /// <param name="arg">The argument.</param>
    /// <param name="trimmedExpanded">The expanded, trimmed text with references intact.</param>
    /// <returns>The decoded, trimmed text.</returns>
    public static string DecodeTrimExpand(ParserFunctionArgument arg, out string trimmedExpanded)
    {
        var expanded = arg.Expand();
        trimmedExpanded = ParserFunctionArgument.Trim(expanded);
        return ParserFunctionArgument.Trim(Sanitizer.DecodeCharReferences(expanded));
    }
}

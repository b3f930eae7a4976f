namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// One argument of a parser function call, expanded only when asked (so that <c>#if</c> and
/// <c>#switch</c> expand just the branch they take, as in MediaWiki).
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
public abstract class ParserFunctionArgument
{
    /// <summary>Expands the whole argument, "name=value" included, without trimming.</summary>
    /// <returns>The expanded text.</returns>
    public abstract string Expand();

    /// <summary>Expands the whole argument and trims it as PHP's <c>trim()</c> does (space, \t, \n, \r, \0, \x0B).</summary>
    /// <returns>The expanded, trimmed text.</returns>
    public string ExpandTrimmed() => Trim(Expand());

    /// <summary>
    /// Splits the argument at its first top-level "=" (not inside a nested template, link or tag),
    /// as MediaWiki's PPNode::splitArg does.
    /// </summary>
    /// <param name="name">The expanded, trimmed name before "=".</param>
    /// <param name="value">The part after "=", still unexpanded.</param>
    /// <returns><see langword="true"/> when the argument has a top-level "=".</returns>
    public abstract bool TrySplit(out string name, out ParserFunctionArgument value);

    /// <summary>Trims like PHP's <c>trim()</c> with its default character list.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The trimmed text.</returns>
    public static string Trim(string s) => s.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');
}

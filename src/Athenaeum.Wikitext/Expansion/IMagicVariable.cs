namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// A magic variable written without arguments, such as <c>{{PAGENAME}}</c>, <c>{{CURRENTYEAR}}</c> or
/// <c>{{!}}</c>. Variables are found before templates of the same name, as in MediaWiki.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface IMagicVariable
{
    /// <summary>Gets the names the variable answers to ("PAGENAME").</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Gets a value indicating whether <see cref="Names"/> match case-sensitively (true for most variables).</summary>
    bool IsCaseSensitive { get; }

    /// <summary>Computes the variable's value for the current render.</summary>
    /// <param name="host">The render.</param>
    /// <returns>The value (wikitext, not preprocessed again).</returns>
    string Evaluate(IParserFunctionHost host);
}

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// What a parser function returns, with MediaWiki's flags: by default the text is wikitext that is
/// <b>not</b> preprocessed again (<c>noparse</c>), but still goes through the rest of the parse.
/// </summary>
/// <param name="Text">The result text.</param>
/// <param name="NoParse">When <see langword="false"/>, the text is preprocessed again (templates in it expand).</param>
/// <param name="IsHtml">When <see langword="true"/>, the text is finished HTML and is protected from the rest of the parse.</param>
/// <param name="NoWiki">When <see langword="true"/>, the text is shown literally, as inside <c>&lt;nowiki&gt;</c>.</param>
/// <param name="Found">
/// When <see langword="false"/>, the function declines the call and the name is looked up as a
/// template instead, as in MediaWiki (so <c>{{name:x}}</c> becomes a transclusion of
/// "Template:Name:x": a red link when missing, the text as written when the title is invalid).
/// </param>
public readonly record struct ParserFunctionResult(string Text, bool NoParse = true, bool IsHtml = false, bool NoWiki = false, bool Found = true)
{
    /// <summary>Gets a result that leaves the call as written.</summary>
    public static ParserFunctionResult NotFound => new(string.Empty, Found: false);

    /// <summary>Wraps plain wikitext as a result.</summary>
    /// <param name="text">The result text.</param>
    public static implicit operator ParserFunctionResult(string text) => new(text);

    /// <summary>Wraps plain wikitext as a result.</summary>
    /// <param name="text">The result text.</param>
    /// <returns>The result.</returns>
    public static ParserFunctionResult FromString(string text) => new(text);
}

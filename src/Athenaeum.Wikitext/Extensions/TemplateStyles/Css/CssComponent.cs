namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>
/// A component value (CSS Syntax §5): a preserved token, a function with its arguments, or a
/// <c>{}</c>, <c>[]</c> or <c>()</c> block with its content.
/// </summary>
/// <param name="Token">The token; for a function its function token, for a block its opening token.</param>
/// <param name="Children">The content of a function or block, else <see langword="null"/>.</param>
internal sealed record CssComponent(CssToken Token, IReadOnlyList<CssComponent>? Children = null)
{
    /// <summary>Gets a value indicating whether this is a function.</summary>
    public bool IsFunction => Token.Type == CssTokenType.Function && Children is not null;

    /// <summary>Gets a value indicating whether this is a block.</summary>
    public bool IsBlock => Children is not null && Token.Type is CssTokenType.LeftBrace or CssTokenType.LeftBracket or CssTokenType.LeftParen;

    /// <summary>Gets a value indicating whether this is whitespace.</summary>
    public bool IsWhitespace => Token.Type == CssTokenType.Whitespace;
}

namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>A CSS token with its position (1-based line and character) for error messages.</summary>
/// <param name="Type">The type.</param>
/// <param name="Value">The value: the name of an ident, function, at-keyword or hash; the text of a string or URL; the character of a delim; the number as written for numbers.</param>
/// <param name="Unit">The unit of a dimension, else "".</param>
/// <param name="Line">The line.</param>
/// <param name="Column">The character on the line.</param>
internal sealed record CssToken(CssTokenType Type, string Value, string Unit, int Line, int Column)
{
    /// <summary>Gets a value indicating whether a hash token would be a valid id (type flag "id").</summary>
    public bool IsIdHash { get; init; }

    /// <summary>Tells whether this is a delim with the given character.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for that delim.</returns>
    public bool IsDelim(char c) => Type == CssTokenType.Delim && Value.Length == 1 && Value[0] == c;

    /// <summary>Tells whether this is an identifier matching a name, ASCII case-insensitively.</summary>
    /// <param name="name">The lowercase name.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool IsIdent(string name) => Type == CssTokenType.Ident && Value.Equals(name, StringComparison.OrdinalIgnoreCase);
}

namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>The token types of CSS Syntax Level 3 (§4).</summary>
internal enum CssTokenType
{
    /// <summary>An identifier.</summary>
    Ident,

    /// <summary>A function name with its opening parenthesis.</summary>
    Function,

    /// <summary>An at-keyword (<c>@media</c>).</summary>
    AtKeyword,

    /// <summary>A hash (<c>#fff</c>, <c>#id</c>).</summary>
    Hash,

    /// <summary>A string.</summary>
    String,

    /// <summary>A string broken by a newline.</summary>
    BadString,

    /// <summary>An unquoted <c>url(…)</c>.</summary>
    Url,

    /// <summary>A malformed unquoted URL.</summary>
    BadUrl,

    /// <summary>Any other single character.</summary>
    Delim,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A number followed by <c>%</c>.</summary>
    Percentage,

    /// <summary>A number followed by a unit.</summary>
    Dimension,

    /// <summary>Whitespace.</summary>
    Whitespace,

    /// <summary><c>&lt;!--</c>.</summary>
    Cdo,

    /// <summary><c>--&gt;</c>.</summary>
    Cdc,

    /// <summary><c>:</c>.</summary>
    Colon,

    /// <summary><c>;</c>.</summary>
    Semicolon,

    /// <summary><c>,</c>.</summary>
    Comma,

    /// <summary><c>[</c>.</summary>
    LeftBracket,

    /// <summary><c>]</c>.</summary>
    RightBracket,

    /// <summary><c>(</c>.</summary>
    LeftParen,

    /// <summary><c>)</c>.</summary>
    RightParen,

    /// <summary><c>{</c>.</summary>
    LeftBrace,

    /// <summary><c>}</c>.</summary>
    RightBrace,

    /// <summary>The end of the input.</summary>
    Eof,
}

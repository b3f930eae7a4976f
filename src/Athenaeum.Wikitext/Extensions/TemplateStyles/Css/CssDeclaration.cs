namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>A declaration <c>name: value !important</c>.</summary>
/// <param name="Name">The property name, lowercase.</param>
/// <param name="Value">The value's component values, whitespace at both ends removed.</param>
/// <param name="Important">Whether <c>!important</c> was given.</param>
/// <param name="Line">The line of the name.</param>
/// <param name="Column">The character of the name.</param>
internal sealed record CssDeclaration(string Name, IReadOnlyList<CssComponent> Value, bool Important, int Line, int Column);

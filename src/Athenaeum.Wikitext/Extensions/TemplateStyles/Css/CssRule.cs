namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>A rule of a style sheet: an at-rule (<c>@media …</c>) or a qualified (style) rule.</summary>
/// <param name="AtName">The at-rule's name without "@", or <see langword="null"/> for a qualified rule.</param>
/// <param name="Prelude">The component values before the block or semicolon.</param>
/// <param name="Block">The content of the <c>{}</c> block, or <see langword="null"/> for an at-rule ended by ";".</param>
/// <param name="Line">The line where the rule starts.</param>
/// <param name="Column">The character where the rule starts.</param>
internal sealed record CssRule(string? AtName, IReadOnlyList<CssComponent> Prelude, IReadOnlyList<CssComponent>? Block, int Line, int Column);

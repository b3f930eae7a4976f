namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>A compound selector or a combinator of a complex selector, serialized.</summary>
/// <param name="Text">The CSS text (" " for the descendant combinator).</param>
/// <param name="Element">The type selector's element name of a compound, else <see langword="null"/>.</param>
internal sealed record SelectorPart(string Text, string? Element);

namespace Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

/// <summary>A problem found in a style sheet: the code of its TemplateStyles message and where.</summary>
/// <param name="Code">The error code ("unrecognized-property" → message "templatestyles-error-unrecognized-property").</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based character on the line.</param>
/// <param name="Argument">The message's third parameter (a property or at-rule name), or "".</param>
internal sealed record CssError(string Code, int Line, int Column, string Argument = "");

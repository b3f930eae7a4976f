namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>Options of <see cref="HtmlTokenizer"/>.</summary>
/// <param name="IgnoreCharacterReferences">Leave <c>&amp;…;</c> undecoded in text and attribute values
/// (MediaWiki's tidy does: the parser has already normalized every reference).</param>
internal readonly record struct HtmlTokenizerOptions(bool IgnoreCharacterReferences);

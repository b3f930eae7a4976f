namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>A Cite error found while validating a tag: its message key and parameters.</summary>
/// <param name="Key">The message key, e.g. "cite_error_ref_no_key".</param>
/// <param name="Parameters">The message parameters.</param>
internal sealed record CiteError(string Key, params string[] Parameters);

using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.Common;

/// <summary>Helpers for the attributes and content of extension tags.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TagAttributes
{
    /// <summary>
    /// Keeps the attributes of a tag that an HTML element may carry, cleaned (MediaWiki's
    /// Sanitizer::validateTagAttributes), with ids escaped in the wiki's primary fragment mode.
    /// </summary>
    /// <param name="invocation">The tag.</param>
    /// <param name="element">The element the output uses.</param>
    /// <returns>The attributes, in source order.</returns>
    public static OrderedDictionary<string, string> Validate(TagInvocation invocation, string element)
        => Sanitizer.ValidateTagAttributes(invocation.Attributes, element, PrimaryFragmentMode(invocation.Session.Options));

    /// <summary>Gets the wiki's primary fragment mode for id attributes.</summary>
    /// <param name="options">The render's options.</param>
    /// <returns>The mode.</returns>
    public static FragmentMode PrimaryFragmentMode(ParserOptions options)
        => options.FragmentModes.Count > 0 ? options.FragmentModes[0] : FragmentMode.Html5;

    /// <summary>PHP's trim(): space, tab, LF, CR, NUL and vertical tab at both ends.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The trimmed text.</returns>
    public static string TrimPhp(string s) => s.Trim(' ', '\t', '\n', '\r', '\0', '\v');
}

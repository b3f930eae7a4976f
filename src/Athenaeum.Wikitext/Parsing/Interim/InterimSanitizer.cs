using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Parsing.Interim;

/// <summary>
/// Sanitizer::stripAllTags in a minimal form, until the <c>san</c> branch's Sanitizer has it (TODO:
/// use Sanitizer.StripAllTags once it exists).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class InterimSanitizer
{
    /// <summary>Removes tags and decodes character references, whitespace characters becoming spaces.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The plain text.</returns>
    public static string StripAllTags(string html)
    {
        var text = Sanitizer.DecodeCharReferences(AnyTagRegex().Replace(html, string.Empty));
        return text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTagRegex();
}

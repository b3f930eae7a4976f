using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Parsing.Interim;

/// <summary>
/// Stands in for the HTML5 tidy of branch <c>san</c> (TODO: remove once merged): applies only the
/// French-spacing rule to text outside tags; no tree balancing.
/// </summary>
internal static partial class InterimTidy
{
    public static string Tidy(string html)
        => TextRegex().Replace(html, m => m.Groups[1].Success ? m.Value : ArmorFrenchSpaces(m.Value));

    /// <summary>Sanitizer::armorFrenchSpaces: a space before ?:;!%»› (not followed by a word character), or after «‹, becomes &amp;#160;.</summary>
    public static string ArmorFrenchSpaces(string text)
        => GuillemetRegex().Replace(FrenchSpaceRegex().Replace(text, "&#160;"), "$1&#160;");

    [GeneratedRegex("(<[^>]*>)|[^<]+", RegexOptions.CultureInvariant)]
    private static partial Regex TextRegex();

    [GeneratedRegex(@" (?=[?:;!%»›](?!\w))", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchSpaceRegex();

    [GeneratedRegex("([«‹]) ", RegexOptions.CultureInvariant)]
    private static partial Regex GuillemetRegex();
}

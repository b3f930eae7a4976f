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

    private static string ArmorFrenchSpaces(string text) => Sanitization.Sanitizer.ArmorFrenchSpaces(text);

    [GeneratedRegex("(<[^>]*>)|[^<]+", RegexOptions.CultureInvariant)]
    private static partial Regex TextRegex();
}

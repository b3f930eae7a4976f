using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Parsing.Sections;

/// <summary>
/// <c>== x ==</c> lines become <c>&lt;h2&gt;x&lt;/h2&gt;</c> (MediaWiki's handleHeadings), from level 6 down to 1,
/// with MediaWiki's regex: the spaces and tabs inside the equals signs are trimmed, and the whitespace
/// after them up to the last newline before the next line is eaten (so one blank line after a heading
/// disappears).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class HeadingPass
{
    private static readonly Regex[] Levels = [.. Enumerable.Range(1, 6).Select(i =>
        new Regex("^(?:" + new string('=', i) + ")[ \\t]*(.+?)[ \\t]*(?:" + new string('=', i) + ")[ \\t\\n\\r\\f\\v]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled))];

    /// <summary>Replaces heading lines with heading tags.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with <c>&lt;hN&gt;</c> tags.</returns>
    public static string Run(string text)
    {
        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return text;
        }

        for (var i = 6; i >= 1; i--)
        {
            var tag = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text = Levels[i - 1].Replace(text, "<h" + tag + ">$1</h" + tag + ">");
        }

        return text;
    }
}

using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Parsing.Links;

/// <summary>
/// The options of <c>[[File:…|…]]</c> (MediaWiki's <c>img_*</c> magic words in English, all
/// case-sensitive), as the parser recognizes them for a file that does not exist: only the width
/// belongs to the media handler then, so <c>page=</c> and <c>lang=</c> are captions.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class ImageOptions
{
    // (group, parameter, spelling) in MediaWiki's order: horizontal alignment, vertical alignment,
    // frame options, then the handler's width; "$1" stands for a value.
    private static readonly (string Group, string Name, string Spelling)[] Words =
    [
        ("horizAlign", "left", "left"),
        ("horizAlign", "right", "right"),
        ("horizAlign", "center", "center"),
        ("horizAlign", "center", "centre"),
        ("horizAlign", "none", "none"),
        ("vertAlign", "baseline", "baseline"),
        ("vertAlign", "sub", "sub"),
        ("vertAlign", "super", "super"),
        ("vertAlign", "super", "sup"),
        ("vertAlign", "top", "top"),
        ("vertAlign", "text-top", "text-top"),
        ("vertAlign", "middle", "middle"),
        ("vertAlign", "bottom", "bottom"),
        ("vertAlign", "text-bottom", "text-bottom"),
        ("frame", "thumbnail", "thumb"),
        ("frame", "thumbnail", "thumbnail"),
        ("frame", "manualthumb", "thumbnail=$1"),
        ("frame", "manualthumb", "thumb=$1"),
        ("frame", "framed", "frame"),
        ("frame", "framed", "framed"),
        ("frame", "framed", "enframed"),
        ("frame", "frameless", "frameless"),
        ("frame", "upright", "upright"),
        ("frame", "upright", "upright=$1"),
        ("frame", "upright", "upright $1"),
        ("frame", "border", "border"),
        ("frame", "link", "link=$1"),
        ("frame", "alt", "alt=$1"),
        ("frame", "class", "class=$1"),
        ("handler", "width", "$1px"),
    ];

    private static readonly (string Group, string Name, Regex Pattern, bool HasValue)[] Patterns =
        [.. Words.Select(w => (w.Group, w.Name, new Regex("^" + Regex.Escape(w.Spelling).Replace("\\$1", "(.*?)", StringComparison.Ordinal) + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant), w.Spelling.Contains("$1", StringComparison.Ordinal)))];

    /// <summary>Matches an option.</summary>
    /// <param name="part">The trimmed option text.</param>
    /// <param name="group">"horizAlign", "vertAlign", "frame" or "handler".</param>
    /// <param name="name">The parameter ("left", "thumbnail", "width" …).</param>
    /// <param name="value">The value of a "$1" spelling, or <see langword="null"/> for a word without value.</param>
    /// <returns><see langword="true"/> when the text is an option.</returns>
    public static bool TryMatch(string part, out string group, out string name, out string? value)
    {
        foreach (var (g, n, pattern, hasValue) in Patterns)
        {
            var m = pattern.Match(part);
            if (m.Success)
            {
                group = g;
                name = n;
                value = hasValue ? m.Groups[1].Value : null;
                return true;
            }
        }

        group = name = string.Empty;
        value = null;
        return false;
    }
}

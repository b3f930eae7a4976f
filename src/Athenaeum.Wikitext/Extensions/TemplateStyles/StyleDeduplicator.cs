using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.TemplateStyles;

/// <summary>
/// Keeps only the first <c>&lt;style data-mw-deduplicate="KEY"&gt;</c> of each key in a page's HTML
/// and replaces the others by <c>&lt;link rel="mw-deduplicated-inline-style" href="mw-data:KEY"/&gt;</c>,
/// as MediaWiki's ParserOutput::getText does with its deduplicateStyles option (on by default).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class StyleDeduplicator
{
    /// <summary>Deduplicates the inline styles of finished HTML.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <returns>The HTML with repeated styles replaced by links.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static string Deduplicate(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains("data-mw-deduplicate", StringComparison.Ordinal))
        {
            return html;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return StyleRegex().Replace(html, m =>
        {
            var attributes = Sanitizer.DecodeTagAttributes(m.Groups[1].Value);
            if (!attributes.TryGetValue("data-mw-deduplicate", out var key))
            {
                return m.Value;
            }

            if (seen.Add(key))
            {
                return m.Value;
            }

            return HtmlBuilder.RawElement("link", HtmlBuilder.Attributes(("rel", "mw-deduplicated-inline-style"), ("href", "mw-data:" + Rendering.Html.UrlEncoding.WfUrlencode(key))), string.Empty);
        });
    }

    [GeneratedRegex("<style\\s+([^>]*data-mw-deduplicate\\s*=['\"][^>]*)>.*?</style>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex StyleRegex();
}

using System.Text;

namespace Athenaeum.Wikitext.Extensions.CoreTags;

/// <summary>Writes validated attributes as MediaWiki's Html::expandAttributes does.</summary>
internal static class HtmlAttributes
{
    /// <summary>
    /// Appends <c> name="value"</c> for each attribute: names as given (already lowercase), values
    /// escaped like htmlspecialchars with ENT_QUOTES plus tab and newlines, and the space-separated
    /// list attributes (class, accesskey, rel) normalized with duplicates removed.
    /// </summary>
    /// <param name="html">The output.</param>
    /// <param name="attributes">The validated attributes.</param>
    public static void Append(StringBuilder html, IEnumerable<KeyValuePair<string, string>> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            var text = value;
            if (name is "class" or "accesskey" or "rel")
            {
                text = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal));
            }

            html.Append(' ').Append(name).Append("=\"");
            foreach (var c in text)
            {
                html.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#039;",
                    '\n' => "&#10;",
                    '\r' => "&#13;",
                    '\t' => "&#9;",
                    _ => c.ToString(),
                });
            }

            html.Append('"');
        }
    }
}

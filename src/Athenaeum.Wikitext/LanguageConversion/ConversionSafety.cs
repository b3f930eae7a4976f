namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// Keeps rules from becoming a way to inject markup. A rule's text is a piece of sanitized HTML cut
/// at ";" and ":" (and a block's text is cut at "}-"), so it can hold half a tag: shown or substituted
/// next to text holding quotes, <c>&lt;span title="a</c> would take that text as attributes. Such a
/// piece is shown as text instead. MediaWiki inserts the piece as it is.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ConversionSafety
{
    /// <summary>
    /// Returns <paramref name="html"/> when every "&lt;" in it starts a whole tag and no "&gt;" stands
    /// outside one (sanitized HTML always has this form); otherwise its angle brackets escaped.
    /// </summary>
    public static string Neutralize(string html)
    {
        if (IsWhole(html))
        {
            return html;
        }

        return html.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    private static bool IsWhole(string html)
    {
        var i = html.AsSpan().IndexOfAny('<', '>');
        while (i >= 0 && i < html.Length)
        {
            if (html[i] == '>')
            {
                return false;
            }

            var end = ConversionSession.MatchTagEnd(html, i);
            if (end < 0)
            {
                return false;
            }

            var next = html.AsSpan(end).IndexOfAny('<', '>');
            i = next < 0 ? -1 : end + next;
        }

        return true;
    }
}

using Athenaeum.Import.Indexing;

namespace Athenaeum.Web.Mail;

/// <summary>
/// The lead of an article as plain text for a mail: the page's wikitext stripped of markup, then the
/// first paragraph that reads as prose (the stripper gives one line per paragraph, heading, list item
/// or table row), cut at a sentence or word end to at most <see cref="MaxLength"/> characters.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ArticleSummary
{
    /// <summary>The longest summary, in characters.</summary>
    public const int MaxLength = 600;

    // Only the beginning of a page can hold its lead; stripping a whole long page for it is waste.
    private const int MaxWikitextRead = 64 * 1024;

    /// <summary>Makes the summary of a page.</summary>
    /// <param name="stripper">The wiki's stripper.</param>
    /// <param name="wikitext">The page's wikitext.</param>
    /// <returns>The summary, or "" when the page has no prose.</returns>
    public static string FromWikitext(WikitextStripper stripper, string wikitext)
    {
        ArgumentNullException.ThrowIfNull(stripper);
        ArgumentNullException.ThrowIfNull(wikitext);
        var text = stripper.Strip(wikitext.Length > MaxWikitextRead ? wikitext[..MaxWikitextRead] : wikitext);
        string? first = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            first ??= line;
            if (IsProse(line))
            {
                return Cut(line);
            }
        }

        return first is null ? string.Empty : Cut(first);
    }

    /// <summary>Cuts text to <see cref="MaxLength"/>: after the last sentence that fits, else at a word end with an ellipsis.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, at most <see cref="MaxLength"/> characters.</returns>
    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var window = text[..MaxLength];
        var sentence = window.LastIndexOfAny(['.', '!', '?']);
        if (sentence >= MaxLength / 2 && (sentence + 1 == window.Length || window[sentence + 1] == ' '))
        {
            return window[..(sentence + 1)];
        }

        var space = window[..(MaxLength - 1)].LastIndexOf(' ');
        var cut = space > MaxLength / 2 ? window[..space] : window[..(MaxLength - 1)];
        return cut.TrimEnd(' ', ',', ';', ':') + "…";
    }

    // A paragraph of prose has several words and ends a sentence (a heading or a table row does not).
    private static bool IsProse(string line)
        => line.Length >= 40 && line.Contains(' ', StringComparison.Ordinal) && line[^1] is '.' or '!' or '?' or ':' or ')' or '"' or '”';
}

using System.Text;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Search;

/// <content>Snippets: the text around the first match, escaped, with the query's words marked.</content>
internal sealed partial class SearchService
{
    private static string Snippet(string plainText, IReadOnlyList<string> words)
    {
        var text = plainText.Replace('\n', ' ');
        var matches = FindMatches(text, words);
        var start = 0;
        if (matches.Count > 0)
        {
            start = Math.Max(0, matches[0].Start - (SnippetLength / 4));
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
                if (matches[0].Start - start > SnippetLength / 2)
                {
                    break;
                }
            }
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        while (end < text.Length && end - start < SnippetLength + 30 && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var sb = new StringBuilder(SnippetLength * 2);
        if (start > 0)
        {
            sb.Append("… ");
        }

        var position = start;
        foreach (var (matchStart, length) in matches)
        {
            if (matchStart < position || matchStart + length > end)
            {
                continue;
            }

            sb.AppendEscaped(text.AsSpan(position, matchStart - position))
                .Append("<mark>").AppendEscaped(text.AsSpan(matchStart, length)).Append("</mark>");
            position = matchStart + length;
        }

        sb.AppendEscaped(text.AsSpan(position, end - position));
        if (end < text.Length)
        {
            sb.Append(" …");
        }

        return sb.ToString();
    }

    /// <summary>Gets a hit's plain text: as the index stored it, or stripped from its wikitext for pages indexed before the index stored text.</summary>
    private string PlainText(long pageId, IReadOnlyDictionary<long, string> stored)
        => stored.TryGetValue(pageId, out var text) ? text : _library.Stripper.Strip(_library.Provider.Pages.GetText(pageId) ?? string.Empty);

    /// <summary>Finds where the words start words of the text (case-insensitively), in text order.</summary>
    private static List<(int Start, int Length)> FindMatches(string text, IReadOnlyList<string> words)
    {
        var matches = new List<(int Start, int Length)>();
        foreach (var word in words)
        {
            var from = 0;
            var found = 0;
            while (found < 50 && from < text.Length)
            {
                var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                {
                    var length = word.Length;
                    while (at + length < text.Length && char.IsLetterOrDigit(text[at + length]))
                    {
                        length++;
                    }

                    matches.Add((at, length));
                    found++;
                }

                from = at + word.Length;
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }
}

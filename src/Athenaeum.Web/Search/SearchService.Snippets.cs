using System.Buffers;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Search;

/// <content>
/// Snippets: the text around the first match, escaped, with the query's words marked. The plain text is
/// read (and decompressed) only as far as the first match and a snippet's length after it, at most
/// <see cref="MaxSnippetScan"/> characters: long articles cost what their first match costs.
/// </content>
internal sealed partial class SearchService
{
    /// <summary>The most characters of a text read to find the first match.</summary>
    private const int MaxSnippetScan = 256 * 1024;

    /// <summary>
    /// The characters read (and bytes decompressed) first: enough for a snippet around a match in the lead.
    /// Later reads are <see cref="LaterReads"/> characters. Decompressing 4,096 bytes per hit to start with was
    /// a tenth of a search's CPU time, most of it past the snippet.
    /// </summary>
    private const int FirstRead = 1024;

    /// <summary>The characters read at a time after the first read.</summary>
    private const int LaterReads = 4096;

    /// <summary>Cuts the snippet of a text for the query's words (escaped HTML, matches in <c>mark</c>).</summary>
    /// <param name="reader">The plain text, read only as far as needed.</param>
    /// <param name="words">The folded query words.</param>
    /// <param name="textMatches">
    /// <see langword="false"/> when the index says only the title matched: the snippet is the start of the text,
    /// read no further (looking for a match would read the whole text, up to <see cref="MaxSnippetScan"/>).
    /// </param>
    /// <returns>The snippet HTML.</returns>
    internal static string Snippet(TextReader reader, IReadOnlyList<string> words, bool textMatches = true)
    {
        var buffer = ArrayPool<char>.Shared.Rent(8192);
        try
        {
            var length = textMatches ? ReadUntilFirstMatch(reader, words, ref buffer) : reader.ReadBlock(buffer, 0, SnippetLength + 60);
            return Cut(buffer.AsSpan(0, length), words);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Cuts the snippet from the text read.</summary>
    private static string Cut(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
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

            sb.AppendEscaped(text.Slice(position, matchStart - position))
                .Append("<mark>").AppendEscaped(text.Slice(matchStart, length)).Append("</mark>");
            position = matchStart + length;
        }

        sb.AppendEscaped(text.Slice(position, end - position));
        if (end < text.Length)
        {
            sb.Append(" …");
        }

        return sb.ToString();
    }

    /// <summary>Opens a hit's plain text: as the index stored it, or stripped from its wikitext for pages indexed before the index stored text.</summary>
    private TextReader OpenPlainText(long pageId, IReadOnlyDictionary<long, CompressedText> stored)
        => stored.TryGetValue(pageId, out var text)
            ? text.OpenReader(FirstRead)
            : new StringReader(_library.Stripper.Strip(_library.Provider.Pages.GetText(pageId) ?? string.Empty));

    /// <summary>
    /// Reads a text (newlines as spaces) into a pooled buffer until a snippet's length past the first match of
    /// any word, or to its end; a larger buffer, when needed, is rented in place of the first.
    /// </summary>
    /// <returns>The characters read.</returns>
    private static int ReadUntilFirstMatch(TextReader reader, IReadOnlyList<string> words, ref char[] buffer)
    {
        var longest = words.Max(w => w.Length);
        var length = 0;
        var searchedTo = 0;
        var first = -1;
        while (length < MaxSnippetScan && (first < 0 || length < first + SnippetLength + 60))
        {
            // Once the first match is known, only the rest of its snippet is needed.
            var step = length == 0 ? FirstRead : first < 0 ? LaterReads : Math.Clamp(first + SnippetLength + 60 - length, 1, LaterReads);
            if (buffer.Length - length < step)
            {
                var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = reader.Read(buffer, length, step);
            if (read == 0)
            {
                break;
            }

            buffer.AsSpan(length, read).Replace('\n', ' ');
            length += read;
            if (first < 0)
            {
                // Look again at the last word's length before the new text, for a word split between reads.
                var from = Math.Max(0, searchedTo - longest);
                first = FirstMatch(buffer.AsSpan(0, length), from, words);
                searchedTo = length;
            }
        }

        return length;
    }

    /// <summary>Finds the earliest position at or after <paramref name="from"/> where one of the words starts a word of the text.</summary>
    private static int FirstMatch(ReadOnlySpan<char> text, int from, IReadOnlyList<string> words)
    {
        var best = -1;
        foreach (var word in words)
        {
            var at = from;
            while (at < text.Length && (best < 0 || at < best))
            {
                var found = text[at..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                found += at;
                if (found == 0 || !char.IsLetterOrDigit(text[found - 1]))
                {
                    best = best < 0 ? found : Math.Min(best, found);
                    break;
                }

                at = found + 1;
            }
        }

        return best;
    }

    /// <summary>Finds where the words start words of the text (case-insensitively), in text order.</summary>
    private static List<(int Start, int Length)> FindMatches(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        var matches = new List<(int Start, int Length)>();
        foreach (var word in words)
        {
            var from = 0;
            var found = 0;
            while (found < 50 && from < text.Length)
            {
                var at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;

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

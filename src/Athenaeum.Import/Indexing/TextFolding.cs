using System.Globalization;
using System.Text;

namespace Athenaeum.Import.Indexing;

/// <summary>
/// Folds titles and words for matching: lowercase, without diacritics ("Émile" → "emile"), underscores
/// as spaces, whitespace runs as one space. Titles in the search index and readers' queries are folded
/// the same way; <see cref="Trigrams"/> gives the packed trigrams of a folded title.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TextFolding
{
    /// <summary>Folds a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text, trimmed.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = IsPlainAscii(text) ? text : text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c) || c == '_')
            {
                space = sb.Length > 0;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>Gets the distinct trigrams of a folded text, padded with two spaces before and one after (as PostgreSQL's pg_trgm).</summary>
    /// <param name="folded">The folded text.</param>
    /// <returns>The trigrams, each three code points packed into 63 bits.</returns>
    public static HashSet<long> Trigrams(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var runes = new List<int> { ' ', ' ' };
        foreach (var rune in folded.EnumerateRunes())
        {
            runes.Add(rune.Value);
        }

        runes.Add(' ');
        var set = new HashSet<long>();
        for (var i = 0; i + 2 < runes.Count; i++)
        {
            set.Add(((long)runes[i] << 42) | ((long)runes[i + 1] << 21) | (uint)runes[i + 2]);
        }

        return set;
    }

    /// <summary>Computes the Levenshtein distance of two strings, stopping early above a limit.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <param name="limit">The largest distance of interest.</param>
    /// <returns>The distance, or <paramref name="limit"/> + 1 when it is larger than the limit.</returns>
    public static int EditDistance(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}

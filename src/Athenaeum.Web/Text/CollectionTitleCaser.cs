using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Athenaeum.Web.Text;

/// <summary>
/// Title-cases category names for display as Collections, as an English style guide would
/// ("1990s drama films" → "1990s Drama Films", "Films set in the Las Vegas Valley" → "Films Set in the
/// Las Vegas Valley"). Only a word's first letter is raised, so "1990s" stays "1990s" (never "1990S")
/// and "women's" becomes "Women's"; words that already hold a capital ("iPhone", "BBC", "McQueen") are
/// kept; small words (articles, conjunctions, short prepositions) stay lowercase unless they begin the
/// name, follow a colon or end it; a lowercase name particle between capitalized words ("Guillermo del
/// Toro") is kept. Names in other languages are returned unchanged.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class CollectionTitleCaser
{
    private static readonly FrozenSet<string> SmallWords = FrozenSet.ToFrozenSet(
        ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "onto", "or", "per", "the", "to", "upon", "via", "vs", "vs.", "with"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von", "y"],
        StringComparer.Ordinal);

    /// <summary>Title-cases a category name for a library in a language.</summary>
    /// <param name="name">The category name, with spaces.</param>
    /// <param name="languageCode">The library's content language ("en", "en-gb", "de" …).</param>
    /// <returns>The display name.</returns>
    public static string ToDisplay(string name, string languageCode)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(languageCode);
        var english = languageCode.Equals("en", StringComparison.OrdinalIgnoreCase)
            || languageCode.StartsWith("en-", StringComparison.OrdinalIgnoreCase);
        return english ? ToTitleCase(name) : name;
    }

    /// <summary>Title-cases an English name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The title-cased name.</returns>
    public static string ToTitleCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ');
        var sb = new StringBuilder(name.Length);
        var startOfPhrase = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var word = words[i];
            var isLast = i == words.Length - 1;
            var particle = !startOfPhrase && !isLast && NameParticles.Contains(word)
                && i > 0 && StartsUpper(words[i - 1]) && StartsUpper(words[i + 1]);
            sb.Append(particle ? word : CaseWord(word, startOfPhrase, isLast));
            if (word.Length > 0)
            {
                startOfPhrase = word[^1] is ':' or '–' or '—' || word is "-" or "–" or "—";
            }
        }

        return sb.ToString();
    }

    private static string CaseWord(string word, bool startOfPhrase, bool isLast)
    {
        if (word.Length == 0 || HasUpper(word))
        {
            return word;
        }

        // Hyphenated compounds: every part is a word ("English-Language", "Made-for-Television").
        var parts = word.Split('-');
        for (var p = 0; p < parts.Length; p++)
        {
            var first = p == 0 && startOfPhrase;
            var last = p == parts.Length - 1 && isLast;
            parts[p] = CasePart(parts[p], first, last);
        }

        return string.Join('-', parts);
    }

    private static string CasePart(string part, bool first, bool last)
    {
        var letters = part.TrimStart('(', '"', '\'', '‘', '“', '[');
        var core = letters.TrimEnd(')', '"', '\'', '’', '”', ']', ',', ':', ';', '.', '!', '?');
        if (!first && !last && SmallWords.Contains(core))
        {
            return part;
        }

        var index = part.Length - letters.Length;
        if (index >= part.Length || !char.IsLetter(part[index]))
        {
            // "1990s", "19th-century": only a word that begins with a letter gets a capital.
            return part;
        }

        var upper = char.ToUpper(part[index], CultureInfo.InvariantCulture);
        return string.Concat(part.AsSpan(0, index), new ReadOnlySpan<char>(in upper), part.AsSpan(index + 1));
    }

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);
}

namespace Athenaeum.Wikitext.Sanitization;

/// <summary>
/// ASCII-only case handling, as PHP's <c>strtolower</c> and PCRE's <c>/i</c> without <c>/u</c> do:
/// .NET's ordinal-ignore-case would also fold characters such as U+017F (ſ) to ASCII letters, which
/// MediaWiki does not.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class AsciiText
{
    /// <summary>Lower-cases ASCII letters only.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with A–Z lower-cased.</returns>
    public static string ToLower(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var j = 0; j < source.Length; j++)
            {
                var c = source[j];
                span[j] = char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
            }
        });
    }

    /// <summary>Gets whether <paramref name="word"/> occurs at <paramref name="index"/>, ignoring ASCII case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where to look.</param>
    /// <param name="word">The word (any case).</param>
    /// <returns><see langword="true"/> when it occurs there.</returns>
    public static bool MatchesAt(string text, int index, string word)
    {
        if (index < 0 || index + word.Length > text.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (Fold(text[index + i]) != Fold(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds <paramref name="word"/> from <paramref name="start"/> on, ignoring ASCII case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="word">The word.</param>
    /// <param name="start">Where to start.</param>
    /// <returns>The index, or -1.</returns>
    public static int IndexOf(string text, string word, int start)
    {
        for (var i = start; i + word.Length <= text.Length; i++)
        {
            if (MatchesAt(text, i, word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets whether <paramref name="c"/> is a PCRE <c>\w</c> character without Unicode mode.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ASCII letters, digits and underscore.</returns>
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
}

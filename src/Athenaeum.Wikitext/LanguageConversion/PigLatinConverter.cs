using System.Text;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// English with MediaWiki's test variant en-x-piglatin (EnConverter, enabled by $wgUsePigLatinVariant):
/// each word of ASCII letters moves its leading consonants to the end and adds "ay" ("test" →
/// "esttay"); words starting with a vowel add "way". The page's rules do not apply to this variant.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class PigLatinConverter : LanguageConverter
{
    public const string Variant = "en-x-piglatin";

    public PigLatinConverter()
        : base("en", ["en", Variant])
    {
    }

    /// <inheritdoc/>
    public override bool TranslatesByTableOnly => false;

    /// <inheritdoc/>
    public override string Translate(string text, string variant, ReplacementTable table)
        => string.Equals(variant, Variant, StringComparison.Ordinal) ? ToPigLatin(text) : text;

    /// <summary>Converts the words of <paramref name="text"/>: a letter followed by lower-case letters and apostrophes.</summary>
    public static string ToPigLatin(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var end = i + 1;
            if (char.IsAsciiLetter(text[i]))
            {
                while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || text[end] == '\''))
                {
                    end++;
                }
            }

            if (end - i < 2)
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            sb.Append(Word(text[i..end]));
            i = end;
        }

        return sb.ToString();
    }

    private static string Word(string word)
    {
        if (IsVowel(word[0]))
        {
            return word + "way";
        }

        // The onset: "qu" or "squ", else a consonant and the following non-vowels ("y" counts as a vowel after the first letter).
        int onset;
        if (word.StartsWith("qu", StringComparison.OrdinalIgnoreCase))
        {
            onset = 2;
        }
        else if (word.StartsWith("squ", StringComparison.OrdinalIgnoreCase))
        {
            onset = 3;
        }
        else
        {
            onset = 1;
            while (onset < word.Length && !IsVowel(word[onset]) && char.ToLowerInvariant(word[onset]) != 'y')
            {
                onset++;
            }
        }

        var head = word[..onset];
        var tail = word[onset..];
        if (char.IsAsciiLetterUpper(head[0]))
        {
            tail = tail.Length > 0 ? char.ToUpperInvariant(tail[0]) + tail[1..] : tail;
            head = char.ToLowerInvariant(head[0]) + head[1..];
        }

        return tail + head + "ay";
    }

    private static bool IsVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u';
}

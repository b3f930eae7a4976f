using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// Finnish declension of site names (MediaWiki's LanguageFi::convertGrammar): vowel harmony from
/// the last back vowel ("wiki" counts as front), "i" after a final consonant, then the case ending.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class FinnishGrammar
{
    /// <summary>Declines a word.</summary>
    /// <param name="word">The word.</param>
    /// <param name="grammaticalCase">genitive, elative, partitive, illative or inessive.</param>
    /// <returns>The declined word.</returns>
    public static string Convert(string word, string grammaticalCase)
    {
        var backVowels = BackVowelRegex().IsMatch(word) && !WikiRegex().IsMatch(word);
        if (FinalConsonantRegex().IsMatch(word))
        {
            word += "i";
        }

        return grammaticalCase switch
        {
            "genitive" => word + "n",
            "elative" => word + (backVowels ? "sta" : "stä"),
            "partitive" => word + (backVowels ? "a" : "ä"),
            "illative" => word + (word.Length > 0 ? word[^1..] : string.Empty) + "n",
            "inessive" => word + (backVowels ? "ssa" : "ssä"),
            _ => word,
        };
    }

    [GeneratedRegex("[aou][^äöy]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackVowelRegex();

    [GeneratedRegex("wiki$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WikiRegex();

    [GeneratedRegex("[bcdfghjklmnpqrstvwxz]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinalConsonantRegex();
}

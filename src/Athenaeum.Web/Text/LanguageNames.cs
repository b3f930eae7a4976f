using System.Globalization;

namespace Athenaeum.Web.Text;

/// <summary>Names of content languages for the metadata block ("en" → "English", "fat" → "Fanti").</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class LanguageNames
{
    // Wikimedia language codes that are not BCP 47 codes ICU knows.
    private static readonly Dictionary<string, string> Wikimedia = new(StringComparer.OrdinalIgnoreCase)
    {
        ["simple"] = "Simple English",
        ["als"] = "Alemannic",
        ["be-tarask"] = "Belarusian (Taraškievica)",
        ["zh-yue"] = "Cantonese",
        ["zh-classical"] = "Classical Chinese",
        ["zh-min-nan"] = "Min Nan",
        ["nds-nl"] = "Low Saxon",
        ["roa-rup"] = "Aromanian",
        ["bat-smg"] = "Samogitian",
        ["fiu-vro"] = "Võro",
        ["map-bms"] = "Banyumasan",
    };

    /// <summary>Gets the English name of a language code, or the code itself when it is unknown.</summary>
    /// <param name="code">The language code.</param>
    /// <returns>The name.</returns>
    public static string Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Wikimedia.TryGetValue(code, out var name))
        {
            return name;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            var english = culture.EnglishName;
            return english.Length == 0 || english.Equals(code, StringComparison.OrdinalIgnoreCase)
                || english.Contains("Unknown", StringComparison.OrdinalIgnoreCase) ? code : english;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}

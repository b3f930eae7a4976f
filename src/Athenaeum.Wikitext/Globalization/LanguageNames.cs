using System.Collections.Frozen;
using System.Text;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// Language names and codes: the autonyms MediaWiki 1.39 knows (its Names.php, about 490 codes;
/// what <c>{{#language:}}</c> shows without the CLDR extension, as on the oracle wikis) and the
/// BCP 47 form of MediaWiki's codes.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class LanguageNames
{
    private static readonly FrozenDictionary<string, string> DeprecatedCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["als"] = "gsw",
        ["bat-smg"] = "sgs",
        ["be-x-old"] = "be-tarask",
        ["fiu-vro"] = "vro",
        ["roa-rup"] = "rup",
        ["zh-classical"] = "lzh",
        ["zh-min-nan"] = "nan",
        ["zh-yue"] = "yue",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> NonStandardCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cbk-zam"] = "cbk",
        ["de-formal"] = "de-x-formal",
        ["eml"] = "egl",
        ["en-rtl"] = "en-x-rtl",
        ["es-formal"] = "es-x-formal",
        ["hu-formal"] = "hu-x-formal",
        ["map-bms"] = "jv-x-bms",
        ["mo"] = "ro-Cyrl-MD",
        ["nrm"] = "nrf",
        ["nl-informal"] = "nl-x-informal",
        ["roa-tara"] = "nap-x-tara",
        ["simple"] = "en-simple",
        ["sr-ec"] = "sr-Cyrl",
        ["sr-el"] = "sr-Latn",
        ["zh-cn"] = "zh-Hans-CN",
        ["zh-sg"] = "zh-Hans-SG",
        ["zh-my"] = "zh-Hans-MY",
        ["zh-tw"] = "zh-Hant-TW",
        ["zh-hk"] = "zh-Hant-HK",
        ["zh-mo"] = "zh-Hant-MO",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the codes MediaWiki knows a name for.</summary>
    public static IEnumerable<string> KnownCodes => LanguageDataStore.Names.Keys;

    /// <summary>Gets the name of a language in itself ("Deutsch" for "de", "Fante" for "fat").</summary>
    /// <param name="code">The language code (any case).</param>
    /// <returns>The autonym, or "" when MediaWiki knows no name for the code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static string GetAutonym(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return LanguageDataStore.Names.TryGetValue(code.ToLowerInvariant(), out var name) ? name : string.Empty;
    }

    /// <summary>
    /// Gets the BCP 47 tag of a MediaWiki language code, as LanguageCode::bcp47: deprecated and
    /// non-standard codes mapped ("simple" → "en-simple"), region subtags uppercased, script subtags
    /// title-cased ("zh-hans" → "zh-Hans", "en-gb" → "en-GB").
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static string ToBcp47(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var lower = code.ToLowerInvariant();
        lower = DeprecatedCodes.GetValueOrDefault(lower, lower);
        lower = NonStandardCodes.GetValueOrDefault(lower, lower);
        var segments = lower.Split('-');
        var sb = new StringBuilder(lower.Length);
        for (var i = 0; i < segments.Length; i++)
        {
            var seg = segments[i];
            if (i > 0)
            {
                sb.Append('-');
            }

            if (i > 0 && string.Equals(segments[i - 1], "x", StringComparison.OrdinalIgnoreCase))
            {
                sb.Append(seg.ToLowerInvariant());
            }
            else if (i > 0 && seg.Length == 2)
            {
                sb.Append(seg.ToUpperInvariant());
            }
            else if (i > 0 && seg.Length == 4)
            {
                sb.Append(char.ToUpperInvariant(seg[0])).Append(seg.AsSpan(1).ToString().ToLowerInvariant());
            }
            else
            {
                sb.Append(seg.ToLowerInvariant());
            }
        }

        return sb.ToString();
    }
}

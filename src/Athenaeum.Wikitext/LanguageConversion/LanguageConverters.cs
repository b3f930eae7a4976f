namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// The converters of the languages Athenaeum converts, by content-language code. Languages without
/// one (most) render <c>-{ }-</c> markup as text, as MediaWiki's TrivialLanguageConverter does.
/// </summary>
/// <remarks>Thread-safe: the converters are immutable singletons.</remarks>
internal static class LanguageConverters
{
    private static readonly ChineseConverter Chinese = new();
    private static readonly SerbianConverter Serbian = new();
    private static readonly PigLatinConverter PigLatin = new();

    /// <summary>Gets the converter of a content language, or null when it has no variants.</summary>
    /// <param name="languageCode">The wiki's content language.</param>
    /// <param name="options">The render's options (<see cref="ParserOptions.UsePigLatinVariant"/> turns on English's test variant).</param>
    public static LanguageConverter? Get(string languageCode, ParserOptions options) => languageCode.ToLowerInvariant() switch
    {
        "zh" => Chinese,
        "sr" => Serbian,
        "kk" => TransliterationTables.Kazakh,
        "ku" => TransliterationTables.Kurdish,
        "crh" => TransliterationTables.CrimeanTatar,
        "shi" => TransliterationTables.Shilha,
        "tg" => TransliterationTables.Tajik,
        "uz" => TransliterationTables.Uzbek,
        "en" when options.UsePigLatinVariant => PigLatin,
        _ => null,
    };

    /// <summary>
    /// Finds the converter and variant of a BCP 47 tag ("sr-Latn", "zh-Hant", "kk-Latn"; MediaWiki's own
    /// codes such as "sr-el" are not BCP 47 and are refused).
    /// </summary>
    /// <returns>Whether the tag names a variant of a converted language.</returns>
    public static bool TryFindBcp47Variant(string tag, ParserOptions options, out LanguageConverter converter, out string variant)
    {
        LanguageConverter[] all = [Chinese, Serbian, TransliterationTables.Kazakh, TransliterationTables.Kurdish, TransliterationTables.CrimeanTatar,
            TransliterationTables.Shilha, TransliterationTables.Tajik, TransliterationTables.Uzbek, .. options.UsePigLatinVariant ? [PigLatin] : Array.Empty<LanguageConverter>()];
        foreach (var candidate in all)
        {
            foreach (var code in candidate.Variants)
            {
                if (string.Equals(Globalization.LanguageNames.ToBcp47(code), tag.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    converter = candidate;
                    variant = code;
                    return true;
                }
            }
        }

        converter = Chinese;
        variant = string.Empty;
        return false;
    }

    /// <summary>Starts the conversion of one render, or returns null when the language has no variants.</summary>
    public static ConversionSession? StartSession(string languageCode, ParserOptions options)
    {
        if (options.DisableContentConversion || Get(languageCode, options) is not { } converter)
        {
            return null;
        }

        var variant = converter.ValidateVariant(options.Variant) ?? converter.MainCode;
        return new ConversionSession(converter, variant);
    }
}

using System.Collections.Frozen;
using System.Text.Json;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// Loads the embedded language data (<c>Data/languages.json</c>, extracted from MediaWiki 1.39)
/// once, on first use.
/// </summary>
/// <remarks>Thread-safe: the data is read once under <see cref="Lazy{T}"/> and never changes.</remarks>
internal static class LanguageDataStore
{
    private const string ResourceName = "Athenaeum.Wikitext.Globalization.languages.json";

    private static readonly Lazy<(FrozenDictionary<string, LanguageData> Languages, FrozenDictionary<string, string> Names)> Data =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the languages with data, by lowercase code.</summary>
    public static FrozenDictionary<string, LanguageData> Languages => Data.Value.Languages;

    /// <summary>Gets the autonyms of every language MediaWiki knows (Names.php), by lowercase code.</summary>
    public static FrozenDictionary<string, string> Names => Data.Value.Names;

    private static (FrozenDictionary<string, LanguageData>, FrozenDictionary<string, string>) Load()
    {
        using var stream = typeof(LanguageDataStore).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing from Athenaeum.Wikitext.");
        using var doc = JsonDocument.Parse(stream);
        var languages = new Dictionary<string, LanguageData>(StringComparer.Ordinal);
        foreach (var lang in doc.RootElement.GetProperty("languages").EnumerateObject())
        {
            languages[lang.Name] = ReadLanguage(lang.Value);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in doc.RootElement.GetProperty("names").EnumerateObject())
        {
            names[name.Name] = name.Value.GetString() ?? string.Empty;
        }

        return (languages.ToFrozenDictionary(StringComparer.Ordinal), names.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static LanguageData ReadLanguage(JsonElement e)
    {
        var plural = new List<(string, string)>();
        foreach (var rule in e.GetProperty("pluralRules").EnumerateArray())
        {
            plural.Add((rule[0].GetString() ?? "other", rule[1].GetString() ?? string.Empty));
        }

        var icu = e.GetProperty("icu");
        return new LanguageData
        {
            IcuSymbols = new IcuNumberSymbols(
                icu.GetProperty("decimal").GetString() ?? ".",
                icu.GetProperty("group").GetString() ?? ",",
                icu.GetProperty("zero").GetString() ?? "0",
                icu.GetProperty("minus").GetString() ?? "-"),
            Fallbacks = [.. e.GetProperty("fallbacks").EnumerateArray().Select(f => f.GetString() ?? "en")],
            IsRtl = e.GetProperty("rtl").GetBoolean(),
            SeparatorTransformTable = ReadMap(e.GetProperty("separatorTransformTable")),
            DigitTransformTable = ReadMap(e.GetProperty("digitTransformTable")),
            DigitGroupingPattern = e.GetProperty("digitGroupingPattern").ValueKind == JsonValueKind.String ? e.GetProperty("digitGroupingPattern").GetString() : null,
            MinimumGroupingDigits = e.GetProperty("minimumGroupingDigits").ValueKind == JsonValueKind.Number ? e.GetProperty("minimumGroupingDigits").GetInt32() : null,
            DefaultDateFormat = e.GetProperty("defaultDateFormat").GetString() ?? "dmy or mdy",
            DateFormats = ReadMap(e.GetProperty("dateFormats")) ?? FrozenDictionary<string, string>.Empty,
            PluralRules = plural,
            Messages = ReadMap(e.GetProperty("messages")) ?? FrozenDictionary<string, string>.Empty,
        };
    }

    private static FrozenDictionary<string, string>? ReadMap(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            map[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? string.Empty : p.Value.GetRawText();
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

using System.Collections.Frozen;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// A language whose variants are scripts converted letter by letter (longest match first) with a
/// table per target variant: Kazakh, Kurdish, Crimean Tatar, Shilha, Tajik and Uzbek
/// (<see cref="TransliterationTables"/>). The main code shows text unconverted.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class TransliterationConverter : LanguageConverter
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _tables;
    private readonly FrozenDictionary<string, string[]> _fallbacks;

    public TransliterationConverter(
        string mainCode,
        IReadOnlyList<string> variants,
        IReadOnlyDictionary<string, FrozenDictionary<string, string>> tables,
        IReadOnlyDictionary<string, string[]>? fallbacks = null)
        : base(mainCode, variants)
    {
        _tables = tables.ToFrozenDictionary(StringComparer.Ordinal);
        _fallbacks = (fallbacks ?? new Dictionary<string, string[]>()).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> GetFallbacks(string variant)
        => _fallbacks.TryGetValue(variant, out var list) ? list : [MainCode];

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> GetBaseTable(string variant)
        => _tables.TryGetValue(variant, out var table) ? table : base.GetBaseTable(variant);
}

using System.Collections.Frozen;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// Chinese (zh) and its variants (MediaWiki's ZhConverter): zh-hans, zh-hant and the regional zh-cn,
/// zh-hk, zh-mo, zh-my, zh-sg and zh-tw, with MediaWiki's fallbacks, manual levels and variant names.
/// </summary>
/// <remarks>
/// MediaWiki's built-in character and phrase tables (ZhConversion) are not part of Athenaeum, so only
/// the page's own <c>-{ }-</c> rules convert text. Immutable and thread-safe.
/// </remarks>
internal sealed class ChineseConverter : LanguageConverter
{
    private static readonly FrozenDictionary<string, string[]> Fallbacks = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["zh"] = ["zh-hans", "zh-hant", "zh-cn", "zh-tw", "zh-hk", "zh-sg", "zh-mo", "zh-my"],
        ["zh-hans"] = ["zh-cn", "zh-sg", "zh-my"],
        ["zh-hant"] = ["zh-tw", "zh-hk", "zh-mo"],
        ["zh-cn"] = ["zh-hans", "zh-sg", "zh-my"],
        ["zh-sg"] = ["zh-hans", "zh-cn", "zh-my"],
        ["zh-my"] = ["zh-hans", "zh-sg", "zh-cn"],
        ["zh-tw"] = ["zh-hant", "zh-hk", "zh-mo"],
        ["zh-hk"] = ["zh-hant", "zh-mo", "zh-tw"],
        ["zh-mo"] = ["zh-hant", "zh-hk", "zh-tw"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The short names ZhConverter shows for its variants (D and N flags).
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zh"] = "原文",
        ["zh-hans"] = "简体",
        ["zh-hant"] = "繁體",
        ["zh-cn"] = "大陆",
        ["zh-tw"] = "臺灣",
        ["zh-hk"] = "香港",
        ["zh-mo"] = "澳門",
        ["zh-sg"] = "新加坡",
        ["zh-my"] = "大马",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public ChineseConverter()
        : base("zh", ["zh", "zh-hans", "zh-hant", "zh-cn", "zh-hk", "zh-mo", "zh-my", "zh-sg", "zh-tw"])
    {
    }

    /// <inheritdoc/>
    public override string DescriptionCodeSeparator => "：";

    /// <inheritdoc/>
    public override string DescriptionVariantSeparator => "；";

    /// <inheritdoc/>
    public override IReadOnlyList<string> GetFallbacks(string variant) => Fallbacks.TryGetValue(variant, out var list) ? list : [MainCode];

    /// <inheritdoc/>
    public override ManualConversionLevel GetManualLevel(string variant) => variant switch
    {
        "zh" => ManualConversionLevel.Disable,
        "zh-hans" or "zh-hant" => ManualConversionLevel.Unidirectional,
        _ => ManualConversionLevel.Bidirectional,
    };

    /// <inheritdoc/>
    public override string? GetVariantName(string code) => Names.TryGetValue(code, out var name) ? name : base.GetVariantName(code);
}

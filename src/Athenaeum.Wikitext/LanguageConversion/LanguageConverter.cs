using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// What MediaWiki's LanguageConverter knows about one language with variants: its variants, the
/// fallbacks and manual level of each, the names shown by the <c>N</c> and <c>D</c> flags, and the
/// built-in conversion of text into a variant. Per-render state (the rules a page adds) lives in
/// <see cref="ConversionSession"/>.
/// </summary>
/// <remarks>Immutable and thread-safe: one instance per language is shared by every render.</remarks>
internal abstract class LanguageConverter
{
    private static readonly IReadOnlyDictionary<string, string> NoPairs = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly HashSet<string> _variantSet;
    private readonly Lazy<Regex> _variantSeparator;

    protected LanguageConverter(string mainCode, IReadOnlyList<string> variants)
    {
        MainCode = mainCode;
        Variants = variants;
        _variantSet = new HashSet<string>(variants, StringComparer.Ordinal);
        _variantSeparator = new(BuildVariantSeparator);
    }

    /// <summary>
    /// Gets the pattern that splits rules: a ";" followed by a variant code and ":", by "from=&gt;variant:",
    /// or by the end of the text. Any other ";" belongs to the rule's text ("&lt;span style="a:b;"&gt;").
    /// </summary>
    public Regex VariantSeparator => _variantSeparator.Value;

    /// <summary>Gets the language code (the main variant, shown when no variant is chosen).</summary>
    public string MainCode { get; }

    /// <summary>Gets the variants, the main code first, in MediaWiki's order.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>Gets the separator between a variant name and its text in a <c>D</c> flag description.</summary>
    public virtual string DescriptionCodeSeparator => ":";

    /// <summary>Gets the separator after each entry of a <c>D</c> flag description.</summary>
    public virtual string DescriptionVariantSeparator => ";";

    /// <summary>Gets whether <paramref name="variant"/> is one of <see cref="Variants"/> (exact, lower case).</summary>
    public bool HasVariant(string variant) => _variantSet.Contains(variant);

    /// <summary>Gets the variants tried, in order, when a rule has no text for <paramref name="variant"/>.</summary>
    public virtual IReadOnlyList<string> GetFallbacks(string variant) => [MainCode];

    /// <summary>Gets how <paramref name="variant"/> takes part in the page's rules.</summary>
    public virtual ManualConversionLevel GetManualLevel(string variant) => ManualConversionLevel.Bidirectional;

    /// <summary>Gets the name of a variant (or any language code) for the <c>N</c> and <c>D</c> flags, or null.</summary>
    public virtual string? GetVariantName(string code)
    {
        var name = LanguageNames.GetAutonym(code);
        return name.Length == 0 ? null : name;
    }

    /// <summary>Gets the built-in conversion table into <paramref name="variant"/> (empty for none).</summary>
    public virtual IReadOnlyDictionary<string, string> GetBaseTable(string variant) => NoPairs;

    /// <summary>
    /// Gets a value indicating whether <see cref="Translate"/> changes text only through its table, so
    /// that an empty table leaves every text as it is.
    /// </summary>
    public virtual bool TranslatesByTableOnly => true;

    /// <summary>
    /// Converts plain text (no markup) into <paramref name="variant"/> with <paramref name="table"/>, the
    /// built-in table merged with the page's rules. Languages whose conversion is not a table override it.
    /// </summary>
    public virtual string Translate(string text, string variant, ReplacementTable table) => table.Replace(text);

    /// <summary>
    /// Whether <paramref name="text"/> already looks written in <paramref name="variant"/>, so that it is
    /// left alone (MediaWiki's guessVariant). No language guesses by default.
    /// </summary>
    public virtual bool IsAlreadyInVariant(string text, string variant) => false;

    /// <summary>
    /// Finds the variant meant by a code written in a rule or an option (MediaWiki's validateVariant):
    /// case-insensitive, deprecated codes and BCP 47 tags ("zh-Hant-TW", "sr-Latn") accepted.
    /// </summary>
    /// <returns>The variant, or null when the code names none of this language's variants.</returns>
    public string? ValidateVariant(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var lower = code.ToLowerInvariant();
        if (_variantSet.Contains(lower))
        {
            return lower;
        }

        foreach (var variant in Variants)
        {
            if (string.Equals(LanguageNames.ToBcp47(variant), code, StringComparison.OrdinalIgnoreCase))
            {
                return variant;
            }
        }

        return null;
    }

    private Regex BuildVariantSeparator()
    {
        var codes = new List<string>();
        foreach (var variant in Variants)
        {
            codes.Add(variant);
            var tag = LanguageNames.ToBcp47(variant);
            if (!codes.Contains(tag))
            {
                codes.Add(tag);
            }
        }

        var alternatives = string.Join('|', codes.Select(Regex.Escape));
        return new Regex(
            @";\s*(?=(?:" + alternatives + @")\s*:|[^;]*?=>\s*(?:" + alternatives + @")\s*:|\s*$)",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }
}

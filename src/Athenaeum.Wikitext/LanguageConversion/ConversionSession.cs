using System.Text;
using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// The language conversion of one render (the per-page state of MediaWiki's LanguageConverter): the
/// target variant, the tables the page's <c>A</c>/<c>H</c>/<c>-</c> blocks change, and the title a
/// <c>T</c> block sets. <see cref="Convert"/> runs over the half-parsed HTML after link holders are
/// replaced and before nowiki is unstripped, as MediaWiki's internalParseHalfParsed does.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class ConversionSession
{
    /// <summary>Nesting limit of <c>-{ }-</c> blocks (MediaWiki's mMaxDepth).</summary>
    public const int MaxDepth = 10;

    /// <summary>The most characters the page's <c>-{ }-</c> blocks may show in all (a bound on nested <c>D</c> blocks).</summary>
    public const int MaxOutputCharacters = 4_000_000;

    private readonly Dictionary<string, ReplacementTable> _tables = new(StringComparer.Ordinal);
    private int _depth;
    private long _produced;

    public ConversionSession(LanguageConverter converter, string variant)
    {
        Converter = converter;
        Variant = variant;
    }

    /// <summary>Gets the language's converter.</summary>
    public LanguageConverter Converter { get; }

    /// <summary>Gets the variant the page is rendered in.</summary>
    public string Variant { get; }

    /// <summary>Gets the title set by the last <c>T</c> block, or null.</summary>
    public string? RuleTitle { get; private set; }

    /// <summary>Converts half-parsed HTML into <see cref="Variant"/>, applying and removing its <c>-{ }-</c> blocks.</summary>
    public string Convert(string text)
    {
        // The common case of a wiki shown in its main variant: no table, no block, nothing to do.
        if (Converter.TranslatesByTableOnly && !text.Contains("-{", StringComparison.Ordinal) && TableFor(Variant).Count == 0)
        {
            return text;
        }

        return ConvertTopLevel(text, Variant);
    }

    /// <summary>
    /// Wraps text that must not be converted (a URL shown as link text) in <c>-{R|…}-</c>, unless it
    /// already holds conversion markup (MediaWiki's markNoConversion).
    /// </summary>
    public static string MarkNoConversion(string text)
        => text.Contains("-{", StringComparison.Ordinal) || text.Contains("}-", StringComparison.Ordinal) ? text : "-{R|" + text + "}-";

    /// <summary>Converts HTML outside <c>-{ }-</c> blocks: text only, with title and alt attributes (MediaWiki's autoConvert).</summary>
    public string AutoConvert(string text, string variant)
    {
        if (Converter.IsAlreadyInVariant(text, variant))
        {
            return text;
        }

        text = text.Replace("\0", string.Empty, StringComparison.Ordinal).Replace("\x04", string.Empty, StringComparison.Ordinal);
        var sb = new StringBuilder(text.Length);
        var pos = 0;
        var textStart = 0;
        while (pos < text.Length)
        {
            var end = MatchLiteral(text, pos);
            if (end < 0)
            {
                pos++;
                continue;
            }

            sb.Append(Translate(text[textStart..pos], variant));
            sb.Append(ConvertAttributes(text[pos..end], variant));
            pos = end;
            textStart = end;
        }

        sb.Append(Translate(text[textStart..], variant));
        return sb.ToString();
    }

    /// <summary>Adds or removes the pairs of a block and records its title (MediaWiki's applyManualConv).</summary>
    private void Apply(ConverterRule rule)
    {
        if (rule.Title is { } title)
        {
            RuleTitle = title;
        }

        if (rule.AddsRules is not { } adds)
        {
            return;
        }

        foreach (var (code, pairs) in rule.ConversionTable)
        {
            if (Converter.ValidateVariant(code) is not { } variant)
            {
                continue;
            }

            var table = TableFor(variant);
            foreach (var (from, to) in pairs)
            {
                if (adds)
                {
                    table.Set(from, ConversionSafety.Neutralize(to));
                }
                else
                {
                    table.Remove(from);
                }
            }
        }
    }

    private ReplacementTable TableFor(string variant)
    {
        if (!_tables.TryGetValue(variant, out var table))
        {
            table = new ReplacementTable(Converter.GetBaseTable(variant));
            _tables[variant] = table;
        }

        return table;
    }

    private string Translate(string text, string variant)
    {
        // MediaWiki skips text that is empty or only spaces.
        if (text.AsSpan().Trim(ConverterRule.PhpWhitespace).IsEmpty)
        {
            return text;
        }

        return Converter.Translate(text, variant, TableFor(variant));
    }

    private static bool StartsWithAt(string text, int pos, string value)
        => string.CompareOrdinal(text, pos, value, 0, value.Length) == 0;

    private static bool IsMarkerStart(string text, int pos) => StartsWithAt(text, pos, StripState.MarkerPrefix);
}

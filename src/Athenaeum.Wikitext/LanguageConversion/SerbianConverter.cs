using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// Serbian (sr): sr-ec (Cyrillic) and sr-el (Latin), letter for letter with the digraphs lj, nj and dž
/// (MediaWiki's SrConverter). Roman numerals stay in Latin letters, and text that already has more
/// letters particular to the target script than to the other is left alone.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed partial class SerbianConverter : LanguageConverter
{
    // Gaj's Latin alphabet ↔ Vuk's Cyrillic alphabet. "D!ž" and friends keep two letters apart.
    private static readonly FrozenDictionary<string, string> ToCyrillic = Pairs(
        "a а b б c ц č ч ć ћ d д dž џ đ ђ e е f ф g г h х i и j ј k к l л lj љ m м n н nj њ o о p п r р s с š ш t т u у v в z з ž ж "
        + "A А B Б C Ц Č Ч Ć Ћ D Д DŽ Џ Dž Џ Đ Ђ E Е F Ф G Г H Х I И J Ј K К L Л LJ Љ Lj Љ M М N Н NJ Њ Nj Њ O О P П R Р S С Š Ш T Т U У V В Z З Ž Ж "
        + "D!Ž ДЖ D!ž Дж d!ž дж L!J ЛЈ L!j Лј l!j лј N!J НЈ N!j Нј n!j нј");

    private static readonly FrozenDictionary<string, string> ToLatin = Pairs(
        "а a б b ц c ч č ћ ć д d џ dž ђ đ е e ф f г g х h и i ј j к k л l љ lj м m н n њ nj о o п p р r с s ш š т t у u в v з z ж ž "
        + "А A Б B Ц C Ч Č Ћ Ć Д D Џ Dž Ђ Đ Е E Ф F Г G Х H И I Ј J К K Л L Љ Lj М M Н N Њ Nj О O П P Р R С S Ш Š Т T У U В V З Z Ж Ž");

    public SerbianConverter()
        : base("sr", ["sr", "sr-ec", "sr-el"])
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> GetFallbacks(string variant) => variant switch
    {
        "sr" => ["sr-ec"],
        _ => ["sr"],
    };

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> GetBaseTable(string variant) => variant switch
    {
        "sr-ec" => ToCyrillic,
        "sr-el" => ToLatin,
        _ => base.GetBaseTable(variant),
    };

    /// <inheritdoc/>
    public override string Translate(string text, string variant, ReplacementTable table)
    {
        // Roman numerals (with the non-letters around them) are kept: "XIV век", not "XИV".
        var sb = new StringBuilder(text.Length);
        var last = 0;
        foreach (var match in RomanNumeralRegex().EnumerateMatches(text))
        {
            sb.Append(table.Replace(text[last..match.Index]));
            sb.Append(text, match.Index, match.Length);
            last = match.Index + match.Length;
        }

        return last == 0 ? table.Replace(text) : sb.Append(table.Replace(text[last..])).ToString();
    }

    /// <inheritdoc/>
    public override bool IsAlreadyInVariant(string text, string variant)
    {
        if (variant is not ("sr-ec" or "sr-el"))
        {
            return false;
        }

        int cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if ("шђчћжШЂЧЋЖ".Contains(c, StringComparison.Ordinal))
            {
                cyrillic++;
            }
            else if ("šđčćžŠĐČĆŽ".Contains(c, StringComparison.Ordinal))
            {
                latin++;
            }
        }

        return variant == "sr-ec" ? cyrillic > latin : latin > cyrillic;
    }

    private static FrozenDictionary<string, string> Pairs(string list)
    {
        var parts = list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            pairs[parts[i]] = parts[i + 1];
        }

        return pairs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A Roman numeral standing alone: the whole text, or bounded by non-letters (ASCII word characters
    // and any non-ASCII character count as letters, as in MediaWiki's byte-wise pattern).
    [GeneratedRegex(
        @"^(?=[MDCLXVI])M{0,4}(C[DM]|D?C{0,3})(X[LC]|L?X{0,3})(I[VX]|V?I{0,3})$"
        + @"|^(?=[MDCLXVI])M{0,4}(C[DM]|D?C{0,3})(X[LC]|L?X{0,3})(I[VX]|V?I{0,3})[^A-Za-z0-9_\u0080-\uFFFF]"
        + @"|[^A-Za-z0-9_\u0080-\uFFFF](?=[MDCLXVI])M{0,4}(C[DM]|D?C{0,3})(X[LC]|L?X{0,3})(I[VX]|V?I{0,3})$"
        + @"|[^A-Za-z0-9_\u0080-\uFFFF](?=[MDCLXVI])M{0,4}(C[DM]|D?C{0,3})(X[LC]|L?X{0,3})(I[VX]|V?I{0,3})[^A-Za-z0-9_\u0080-\uFFFF]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RomanNumeralRegex();
}

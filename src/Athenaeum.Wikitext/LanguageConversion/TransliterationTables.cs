using System.Collections.Frozen;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// Letter tables of the script conversions, written from the languages' published alphabets: each
/// list is "from to from to …" in lower case; capitalized and upper-case forms are derived, except
/// for the dotted and dotless i of the Turkic Latin alphabets, which are listed.
/// </summary>
/// <remarks>
/// These are plain alphabet mappings. MediaWiki's converters for these languages add word lists and
/// context rules (Kazakh soft/hard vowels, Crimean Tatar ö/ü, Kurdish short i) that are not reproduced.
/// Immutable and thread-safe.
/// </remarks>
internal static class TransliterationTables
{
    public static TransliterationConverter Kazakh { get; } = new(
        "kk",
        ["kk", "kk-cyrl", "kk-latn", "kk-kz", "kk-tr"],
        new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["kk-cyrl"] = KazakhToCyrillic(),
            ["kk-kz"] = KazakhToCyrillic(),
            ["kk-latn"] = KazakhToLatin(),
            ["kk-tr"] = KazakhToLatin(),
        },
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["kk"] = ["kk-cyrl"],
            ["kk-kz"] = ["kk-cyrl"],
            ["kk-tr"] = ["kk-latn"],
        });

    public static TransliterationConverter Kurdish { get; } = new(
        "ku",
        ["ku", "ku-arab", "ku-latn"],
        new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
        {
            // The short vowel i is not written in the Arabic script.
            ["ku-arab"] = Table("a ا b ب c ج ç چ d د e ە ê ێ f ف g گ h ه i  î ی j ژ k ک l ل m م n ن o ۆ p پ q ق r ر s س ş ش t ت u و û وو v ڤ w و x خ y ی z ز", withCase: true, keepEmpty: true),
            ["ku-latn"] = Table("ا a ب b ج c چ ç د d ە e ێ ê ف f گ g ه h ی î ژ j ک k ل l م m ن n ۆ o پ p ق q ر r س s ش ş ت t و u ڤ v خ x ز z", withCase: false),
        });

    public static TransliterationConverter CrimeanTatar { get; } = new(
        "crh",
        ["crh", "crh-cyrl", "crh-latn"],
        new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["crh-cyrl"] = Merge(
                Table("a а b б c дж ç ч d д e е f ф g г ğ гъ h х ı ы j ж k к l л m м n н ñ нъ o о ö ё p п q къ r р s с ş ш t т u у ü ю v в y й z з", withCase: true),
                Table("i и I Ы İ И", withCase: false)),
            ["crh-latn"] = Table("дж c гъ ğ къ q нъ ñ а a б b в v г g д d е e ё ö ж j з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х h ц ts ч ç ш ş щ şç ы ı э e ю ü я ya ъ  ь ", withCase: true, keepEmpty: true, upperTurkic: true),
        });

    public static TransliterationConverter Shilha { get; } = new(
        "shi",
        ["shi", "shi-tfng", "shi-latn"],
        new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["shi-tfng"] = Table("a ⴰ b ⴱ g ⴳ gʷ ⴳⵯ d ⴷ ḍ ⴹ e ⴻ f ⴼ k ⴽ kʷ ⴽⵯ h ⵀ ḥ ⵃ ɛ ⵄ x ⵅ q ⵇ i ⵉ j ⵊ l ⵍ m ⵎ n ⵏ u ⵓ r ⵔ ṛ ⵕ ɣ ⵖ s ⵙ ṣ ⵚ c ⵛ t ⵜ ṭ ⵟ w ⵡ y ⵢ z ⵣ ẓ ⵥ", withCase: true),
            ["shi-latn"] = Table("ⴰ a ⴱ b ⴳ g ⴷ d ⴹ ḍ ⴻ e ⴼ f ⴽ k ⵀ h ⵃ ḥ ⵄ ɛ ⵅ x ⵇ q ⵉ i ⵊ j ⵍ l ⵎ m ⵏ n ⵓ u ⵔ r ⵕ ṛ ⵖ ɣ ⵙ s ⵚ ṣ ⵛ c ⵜ t ⵟ ṭ ⵡ w ⵢ y ⵣ z ⵥ ẓ ⵯ ʷ", withCase: false),
        });

    public static TransliterationConverter Tajik { get; } = new(
        "tg",
        ["tg", "tg-latn"],
        new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["tg-latn"] = Table("а a б b в v г g ғ ƣ д d е e ё jo ж ƶ з z и i ӣ ī й j к k қ q л l м m н n о o п p р r с s т t у u ӯ ū ф f х x ҳ h ч c ҷ ç ш ş ъ ’ э e ю ju я ja", withCase: true),
        });

    public static TransliterationConverter Uzbek { get; } = new(
        "uz",
        ["uz", "uz-latn", "uz-cyrl"],
        new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["uz-cyrl"] = Table("a а b б d д e е f ф g г g‘ ғ g' ғ h ҳ i и j ж k к l л m м n н o о o‘ ў o' ў p п q қ r р s с sh ш ch ч t т ts ц u у v в x х y й yo ё yu ю ya я z з ʼ ъ", withCase: true),
            ["uz-latn"] = Table("а a б b в v г g ғ g‘ д d е e ё yo ж j з z и i й y к k қ q л l м m н n о o п p р r с s т t у u ў o‘ ф f х x ҳ h ц ts ч ch ш sh ъ ʼ ь  э e ю yu я ya", withCase: true, keepEmpty: true),
        });

    private static FrozenDictionary<string, string> KazakhToCyrillic() => Merge(
        Table("a а ä ә b б c ц ç ч d д e е f ф g г ğ ғ h һ ı ы j ж k к l л m м n н ñ ң o о ö ө p п q қ r р s с ş ш t т u ұ ü ү v в w у x х y й z з", withCase: true),
        Table("i і I Ы İ І", withCase: false));

    private static FrozenDictionary<string, string> KazakhToLatin() => Table(
        "а a ә ä б b в v г g ғ ğ д d е e ё yo ж j з z и ï й y і i к k қ q л l м m н n ң ñ о o ө ö п p р r с s т t у w ұ u ү ü ф f х x һ h ц c ч ç ш ş щ şç ъ  ы ı ь  э e ю yu я ya",
        withCase: true,
        keepEmpty: true,
        upperTurkic: true);

    private static FrozenDictionary<string, string> Merge(FrozenDictionary<string, string> first, FrozenDictionary<string, string> second)
    {
        var merged = new Dictionary<string, string>(first, StringComparer.Ordinal);
        foreach (var (from, to) in second)
        {
            merged[from] = to;
        }

        return merged.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // "from to from to": a single space separates the items, so an empty item (two spaces) maps to "".
    private static FrozenDictionary<string, string> Table(string list, bool withCase, bool keepEmpty = false, bool upperTurkic = false)
    {
        var items = list.Split(' ');
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k + 1 < items.Length; k += 2)
        {
            var (from, to) = (items[k], items[k + 1]);
            if (from.Length == 0 || (to.Length == 0 && !keepEmpty))
            {
                continue;
            }

            pairs[from] = to;
            if (!withCase)
            {
                continue;
            }

            // The Turkic "i" pair is listed where it matters; invariant upper-casing would merge ı and i.
            if (from.Contains('i', StringComparison.Ordinal) || from.Contains('ı', StringComparison.Ordinal))
            {
                continue;
            }

            var upperTo = upperTurkic ? UpperTurkic(to) : to.ToUpperInvariant();
            pairs.TryAdd(Capitalize(from), Capitalize(to, upperTurkic));
            pairs.TryAdd(from.ToUpperInvariant(), upperTo);
        }

        return pairs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Capitalize(string text, bool turkic = false)
        => text.Length == 0 ? text : (turkic ? UpperTurkic(text[..1]) : text[..1].ToUpperInvariant()) + text[1..];

    // Upper case of the Turkic Latin alphabets: i → İ and ı → I (invariant casing would give I for both).
    private static string UpperTurkic(string text)
        => text.Replace('i', 'İ').Replace('ı', 'I').ToUpperInvariant();
}

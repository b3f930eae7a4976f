using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Site;

/// <summary>
/// The interwiki prefixes of Wikimedia's wikis: every Wikipedia language code (a language link to
/// <c>https://CODE.wikipedia.org/wiki/$1</c>) and the sister-project prefixes (<c>wikt:</c>, <c>c:</c>,
/// <c>d:</c> …). Dumps do not carry the interwiki map, so the importer builds the site configuration with
/// this one: it tells a link such as <c>[[de:Berlin]]</c> or <c>[[wikt:word]]</c> from a page link.
/// MediaWiki's own default prefixes (<c>doi:</c>, <c>pmid:</c>, <c>rfc:</c> …, see
/// <see cref="MediaWikiDefaultInterwikiMap"/>) are included, as on Wikimedia's wikis.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class WikimediaInterwikiMap
{
    /// <summary>
    /// Gets the Wikipedia language codes (the subdomains of wikipedia.org, closed wikis included),
    /// as of 2024.
    /// </summary>
    public static IReadOnlyList<string> WikipediaLanguageCodes { get; } =
    [
        "aa", "ab", "ace", "ady", "af", "ak", "als", "alt", "am", "ami", "an", "ang", "anp", "ar", "arc", "ary", "arz", "as", "ast", "atj",
        "av", "avk", "awa", "ay", "az", "azb", "ba", "ban", "bar", "bat-smg", "bbc", "bcl", "bdr", "be", "be-tarask", "bew", "bg", "bh", "bi",
        "bjn", "blk", "bm", "bn", "bo", "bpy", "br", "bs", "btm", "bug", "bxr", "ca", "cbk-zam", "cdo", "ce", "ceb", "ch", "cho", "chr",
        "chy", "ckb", "co", "cr", "crh", "cs", "csb", "cu", "cv", "cy", "da", "dag", "de", "dga", "din", "diq", "dsb", "dtp", "dty", "dv",
        "dz", "ee", "el", "eml", "en", "eo", "es", "et", "eu", "ext", "fa", "fat", "ff", "fi", "fiu-vro", "fj", "fo", "fon", "fr", "frp",
        "frr", "fur", "fy", "ga", "gag", "gan", "gcr", "gd", "gl", "glk", "gn", "gom", "gor", "got", "gpe", "gu", "guc", "gur", "guw",
        "gv", "ha", "hak", "haw", "he", "hi", "hif", "ho", "hr", "hsb", "ht", "hu", "hy", "hyw", "hz", "ia", "iba", "id", "ie", "ig", "igl",
        "ii", "ik", "ilo", "inh", "io", "is", "it", "iu", "ja", "jam", "jbo", "jv", "ka", "kaa", "kab", "kbd", "kbp", "kcg", "kg", "kge",
        "ki", "kj", "kk", "kl", "km", "kn", "knc", "ko", "koi", "kr", "krc", "ks", "ksh", "ku", "kus", "kv", "kw", "ky", "la", "lad", "lb",
        "lbe", "lez", "lfn", "lg", "li", "lij", "lld", "lmo", "ln", "lo", "lrc", "lt", "ltg", "lv", "mad", "mai", "map-bms", "mdf", "mg",
        "mh", "mhr", "mi", "min", "mk", "ml", "mn", "mni", "mnw", "mos", "mr", "mrj", "ms", "mt", "mus", "mwl", "my", "myv", "mzn", "na",
        "nah", "nap", "nds", "nds-nl", "ne", "new", "ng", "nia", "nl", "nn", "no", "nov", "nqo", "nr", "nrm", "nso", "nv", "ny", "oc",
        "olo", "om", "or", "os", "pa", "pag", "pam", "pap", "pcd", "pcm", "pdc", "pfl", "pi", "pih", "pl", "pms", "pnb", "pnt", "ps", "pt",
        "pwn", "qu", "rm", "rmy", "rn", "ro", "roa-rup", "roa-tara", "rsk", "ru", "rue", "rw", "sa", "sah", "sat", "sc", "scn", "sco", "sd",
        "se", "sg", "sh", "shi", "shn", "si", "simple", "sk", "skr", "sl", "sm", "smn", "sn", "so", "sq", "sr", "srn", "ss", "st", "stq",
        "su", "sv", "sw", "szl", "szy", "ta", "tay", "tcy", "tdd", "te", "tet", "tg", "th", "ti", "tk", "tl", "tly", "tn", "to", "tpi",
        "tr", "trv", "ts", "tt", "tum", "tw", "ty", "tyv", "udm", "ug", "uk", "ur", "uz", "ve", "vec", "vep", "vi", "vls", "vo", "wa",
        "war", "wo", "wuu", "xal", "xh", "xmf", "yi", "yo", "za", "zea", "zgh", "zh", "zh-classical", "zh-min-nan", "zh-yue", "zu",
    ];

    /// <summary>Gets the alternative language prefixes Wikimedia accepts, mapped to the wiki they name.</summary>
    public static IReadOnlyDictionary<string, string> LanguageAliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["be-x-old"] = "be-tarask",
        ["gsw"] = "als",
        ["lzh"] = "zh-classical",
        ["nan"] = "zh-min-nan",
        ["nb"] = "no",
        ["rup"] = "roa-rup",
        ["sgs"] = "bat-smg",
        ["vro"] = "fiu-vro",
        ["yue"] = "zh-yue",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Builds the interwiki map as a wiki in <paramref name="languageCode"/> sees it: language prefixes are
    /// language links, and the per-language sister projects (<c>wikt:</c>, <c>s:</c>, <c>voy:</c> …) point
    /// to that language's edition; the shared projects (<c>c:</c>, <c>d:</c>, <c>m:</c> …) are global.
    /// </summary>
    /// <param name="languageCode">The wiki's content language, for example "fat"; "en" for unknown codes.</param>
    /// <returns>The map's entries.</returns>
    public static IReadOnlyList<InterwikiEntry> Create(string languageCode = "en")
    {
        ArgumentNullException.ThrowIfNull(languageCode);
        var lang = WikipediaLanguageCodes.Contains(languageCode, StringComparer.Ordinal) ? languageCode : "en";
        var entries = new List<InterwikiEntry>(WikipediaLanguageCodes.Count + LanguageAliases.Count + MediaWikiDefaultInterwikiMap.Entries.Count + 50);
        foreach (var code in WikipediaLanguageCodes)
        {
            entries.Add(new InterwikiEntry(code, "https://" + code + ".wikipedia.org/wiki/$1", IsLanguageLink: true));
        }

        foreach (var (alias, code) in LanguageAliases)
        {
            entries.Add(new InterwikiEntry(alias, "https://" + code + ".wikipedia.org/wiki/$1", IsLanguageLink: true));
        }

        void Project(string url, params string[] prefixes)
        {
            foreach (var prefix in prefixes)
            {
                entries.Add(new InterwikiEntry(prefix, url, IsLanguageLink: false, IsLocal: true));
            }
        }

        Project("https://" + lang + ".wikipedia.org/wiki/$1", "w", "wikipedia");
        Project("https://" + lang + ".wiktionary.org/wiki/$1", "wikt", "wiktionary");
        Project("https://" + lang + ".wikisource.org/wiki/$1", "s", "wikisource");
        Project("https://" + lang + ".wikiquote.org/wiki/$1", "q", "wikiquote");
        Project("https://" + lang + ".wikibooks.org/wiki/$1", "b", "wikibooks");
        Project("https://" + lang + ".wikinews.org/wiki/$1", "n", "wikinews");
        Project("https://" + lang + ".wikiversity.org/wiki/$1", "v", "wikiversity");
        Project("https://" + lang + ".wikivoyage.org/wiki/$1", "voy", "wikivoyage");
        Project("https://commons.wikimedia.org/wiki/$1", "c", "commons");
        Project("https://meta.wikimedia.org/wiki/$1", "m", "meta", "metawikimedia");
        Project("https://www.mediawiki.org/wiki/$1", "mw", "mediawikiwiki");
        Project("https://www.wikidata.org/wiki/$1", "d", "wikidata");
        Project("https://species.wikimedia.org/wiki/$1", "species", "wikispecies");
        Project("https://phabricator.wikimedia.org/$1", "phab", "phabricator");
        Project("https://foundation.wikimedia.org/wiki/$1", "foundation", "wmf", "wikimedia");
        Project("https://meta.wikimedia.org/wiki/$1", "metawiki");
        Project("https://incubator.wikimedia.org/wiki/$1", "incubator");
        Project("https://outreach.wikimedia.org/wiki/$1", "outreach");
        Project("https://wikitech.wikimedia.org/wiki/$1", "wikitech");
        Project("https://test.wikipedia.org/wiki/$1", "testwiki");
        Project("https://beta.wikiversity.org/wiki/$1", "betawikiversity");
        Project("https://bugzilla.wikimedia.org/show_bug.cgi?id=$1", "bugzilla");
        Project("https://gerrit.wikimedia.org/r/$1", "gerrit");
        Project("https://lists.wikimedia.org/mailman/listinfo/$1", "mail");
        Project("https://translatewiki.net/wiki/$1", "translatewiki");

        // MediaWiki's default prefixes (doi:, pmid:, rfc: …) stay in a Wikimedia wiki's map unless it
        // redefines them, as the ones above do (MediaWiki's "metawiki" is MeatballWiki's meta wiki, Wikimedia's is Meta).
        foreach (var (prefix, url) in MediaWikiDefaultInterwikiMap.Entries)
        {
            entries.Add(new InterwikiEntry(prefix, url, IsLanguageLink: false));
        }

        return entries;
    }
}

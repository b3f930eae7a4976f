namespace Athenaeum.Dump.Xml;

/// <summary>
/// Works out a wiki's content language: the export's <c>xml:lang</c>, else the database name without its project
/// suffix (<c>fatwiki</c> → <c>fat</c>, <c>zh_min_nanwiki</c> → <c>zh-min-nan</c>), else the first label of the
/// host of <c>base</c> (<c>https://fat.wikipedia.org/…</c> → <c>fat</c>), else "en".
/// </summary>
internal static class SiteLanguage
{
    // Wikimedia database names end in the project; longest first so that "wiki" does not cut "wikisource".
    private static readonly string[] ProjectSuffixes =
        ["wikiversity", "wiktionary", "wikisource", "wikivoyage", "wikibooks", "wikiquote", "wikimedia", "wikinews", "wiki"];

    // Wikimedia wikis whose database name or host does not start with a language code.
    private static readonly HashSet<string> NotLanguages = new(StringComparer.Ordinal)
    {
        "commons", "meta", "species", "incubator", "mediawiki", "wikidata", "wikifunctions", "test", "test2", "outreach",
        "foundation", "sources", "login", "www", "m", "beta", "simple", "tmp", "localhost",
    };

    /// <summary>Derives the content language code.</summary>
    /// <param name="xmlLang">The root's <c>xml:lang</c>, or <see langword="null"/>.</param>
    /// <param name="databaseName">The <c>dbname</c>, possibly empty.</param>
    /// <param name="baseUrl">The <c>base</c> URL, possibly empty.</param>
    /// <returns>A language code such as "fat".</returns>
    public static string Derive(string? xmlLang, string databaseName, string baseUrl)
    {
        if (!string.IsNullOrWhiteSpace(xmlLang))
        {
            return xmlLang.Trim();
        }

        return FromDatabaseName(databaseName) ?? FromBaseUrl(baseUrl) ?? "en";
    }

    private static string? FromDatabaseName(string databaseName)
    {
        foreach (var suffix in ProjectSuffixes)
        {
            if (databaseName.Length > suffix.Length && databaseName.EndsWith(suffix, StringComparison.Ordinal))
            {
                var code = databaseName[..^suffix.Length].Replace('_', '-');
                return IsLanguageCode(code) ? code : null;
            }
        }

        return null;
    }

    private static string? FromBaseUrl(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var labels = uri.Host.Split('.');
        return labels.Length >= 3 && IsLanguageCode(labels[0]) ? labels[0] : null;
    }

    private static bool IsLanguageCode(string code)
    {
        if (code.Length is < 2 or > 16 || NotLanguages.Contains(code) || !char.IsAsciiLetterLower(code[0]))
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}

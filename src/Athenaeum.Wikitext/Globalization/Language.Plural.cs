using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>Plural, gender, grammar and bidi (MediaWiki's convertPlural, gender, convertGrammar, embedBidi).</summary>
public sealed partial class Language
{
    /// <summary>Gets the plural categories of the language in form order ("one", "other" for English).</summary>
    public IReadOnlyList<string> PluralCategories => _pluralRules.Value.Categories;

    /// <summary>
    /// Gets the index of the plural form for a number (MediaWiki's getPluralRuleIndexNumber): the
    /// number is taken as PHP writes it ("1", "1.5"); a number that is not plain decimal digits
    /// gets the last form ("other").
    /// </summary>
    /// <param name="number">The number as text.</param>
    /// <returns>The form index.</returns>
    public int GetPluralRuleIndex(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return _pluralRules.Value.GetIndex(number);
    }

    /// <summary>Gets the CLDR plural category of a number ("one", "few", "many", "other" …).</summary>
    /// <param name="number">The number as text.</param>
    /// <returns>The category.</returns>
    public string GetPluralCategory(string number) => PluralCategories[GetPluralRuleIndex(number)];

    /// <summary>
    /// Chooses the plural form for a count, as MediaWiki's Language::convertPlural: forms written
    /// "N=text" are used when the count is exactly N; otherwise the form of the plural rule, or the
    /// last form when fewer forms are given.
    /// </summary>
    /// <param name="count">The count as text, as PHP's strval writes it.</param>
    /// <param name="forms">The forms.</param>
    /// <returns>The chosen form, or "" when there are none.</returns>
    public string ConvertPlural(string count, IReadOnlyList<string> forms)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(forms);
        var remaining = new List<string>(forms.Count);
        foreach (var form in forms)
        {
            if (ExplicitPluralRegex().IsMatch(form))
            {
                var eq = form.IndexOf('=', StringComparison.Ordinal);
                if (string.Equals(form[..eq], count, StringComparison.Ordinal))
                {
                    return form[(eq + 1)..];
                }

                continue;
            }

            remaining.Add(form);
        }

        if (remaining.Count == 0)
        {
            return string.Empty;
        }

        var index = Math.Min(GetPluralRuleIndex(count), remaining.Count - 1);
        return remaining[index];
    }

    /// <summary>
    /// Chooses the form for a grammatical gender, as MediaWiki's Language::gender: forms are
    /// male, female, neutral; missing forms repeat the last one given.
    /// </summary>
    /// <param name="gender">"male", "female" or anything else (unknown).</param>
    /// <param name="forms">The forms.</param>
    /// <returns>The chosen form, or "" when there are none.</returns>
    public string ConvertGender(string gender, IReadOnlyList<string> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        if (forms.Count == 0)
        {
            return string.Empty;
        }

        string Form(int i) => i < forms.Count ? forms[i] : forms[^1];
        return gender switch
        {
            "male" => Form(0),
            "female" => Form(1),
            _ => forms.Count > 2 ? forms[2] : Form(0),
        };
    }

    /// <summary>
    /// Declines a word for a grammatical case (MediaWiki's convertGrammar): Finnish's rules for site
    /// names, or the grammar transformations of the language's data file (Hebrew, Georgian,
    /// Norwegian, Russian, Rusyn, Swedish, Ukrainian). Other languages (English, Fante …) return the
    /// word unchanged, as MediaWiki does; the rule-based grammars of a few other languages
    /// (Hungarian, Latin, Irish, Slovenian …) are not included.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <param name="grammaticalCase">The case name ("genitive", "elative" …).</param>
    /// <returns>The declined word.</returns>
    public string ConvertGrammar(string word, string grammaticalCase)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(grammaticalCase);
        if (Code == "fi")
        {
            return FinnishGrammar.Convert(word, grammaticalCase);
        }

        if (_data.Grammar.TryGetValue(grammaticalCase, out var rules))
        {
            foreach (var (pattern, replacement) in rules)
            {
                var regex = GrammarRegexes.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
                if (regex.IsMatch(word))
                {
                    return regex.Replace(word, replacement);
                }
            }
        }

        return word;
    }

    /// <summary>
    /// Wraps text in U+202A…U+202C or U+202B…U+202C according to the direction of its first strongly
    /// directional character, as MediaWiki's Language::embedBidi; text without one is unchanged.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The wrapped text.</returns>
    public string EmbedBidi(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Bidi.StrongDirection(text) switch
        {
            "ltr" => "\u202A" + text + "\u202C",
            "rtl" => "\u202B" + text + "\u202C",
            _ => text,
        };
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> GrammarRegexes = new(StringComparer.Ordinal);

    [GeneratedRegex(@"[0-9]+=", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitPluralRegex();
}

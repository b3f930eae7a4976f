using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// A content language as MediaWiki 1.39's Language class sees it: case mapping, number
/// formatting, month and day names, plural rules, date formatting and interface messages, from
/// the localisation data embedded in this library (extracted from MediaWiki 1.39). A code without
/// data falls back to English, as MediaWiki does for codes without a messages file.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; get instances with <see cref="Get"/> and share them. Used by the
/// parser functions (<c>lc</c>, <c>formatnum</c>, <c>#time</c>, <c>plural</c> …) and by Lua's
/// <c>mw.language</c>.
/// </remarks>
public sealed partial class Language
{
    private static readonly ConcurrentDictionary<string, Language> Cache = new(StringComparer.Ordinal);
    private readonly LanguageData _data;
    private readonly LanguageData[] _chain;
    private readonly Lazy<PluralRules> _pluralRules;

    private Language(string code, LanguageData data)
    {
        Code = code;
        _data = data;
        _chain = [data, .. data.Fallbacks.Select(f => LanguageDataStore.Languages.TryGetValue(f, out var d) ? d : null).OfType<LanguageData>()];
        _pluralRules = new Lazy<PluralRules>(() => new PluralRules(data.PluralRules), LazyThreadSafetyMode.PublicationOnly);
        NumberFormat = new IcuDecimalFormat(data.DigitGroupingPattern ?? "#,##0.###");
    }

    /// <summary>Gets English, the language every other one falls back to.</summary>
    public static Language English { get; } = Get("en");

    /// <summary>Gets the language code ("en", "fat", "de-at").</summary>
    public string Code { get; }

    /// <summary>Gets the codes this language falls back to for missing data, ending with "en" (empty for English).</summary>
    public IReadOnlyList<string> Fallbacks => _data.Fallbacks;

    /// <summary>Gets a value indicating whether the language is written right to left.</summary>
    public bool IsRtl => _data.IsRtl;

    /// <summary>Gets the writing direction, "ltr" or "rtl".</summary>
    public string Direction => IsRtl ? "rtl" : "ltr";

    /// <summary>Gets the directional mark of the language: U+200F RIGHT-TO-LEFT MARK or U+200E LEFT-TO-RIGHT MARK ({{DIRMARK}}).</summary>
    public string DirectionMark => IsRtl ? "\u200F" : "\u200E";

    /// <summary>Gets a value indicating whether this library has localisation data for the code itself (not only through fallback).</summary>
    public bool HasData => LanguageDataStore.Languages.ContainsKey(Code);

    internal IcuDecimalFormat NumberFormat { get; }

    internal LanguageData Data => _data;

    /// <summary>
    /// Gets the language for a code. Codes are matched in lowercase; a valid code without data gets
    /// English data under its own code (MediaWiki's behaviour for e.g. "fat" before it had a file).
    /// </summary>
    /// <param name="code">The language code.</param>
    /// <returns>The language; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static Language Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = code.ToLowerInvariant();
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (LanguageDataStore.Languages.TryGetValue(key, out var data))
        {
            return Cache.GetOrAdd(key, k => new Language(k, data));
        }

        // Codes without data are not cached: page text can name any number of them.
        var english = LanguageDataStore.Languages["en"];
        return new Language(key, english with { Fallbacks = ["en"] });
    }

    /// <summary>
    /// Tells whether a code is a well-formed built-in language code as MediaWiki's
    /// Language::isValidBuiltInCode: two or more characters of a–z, 0–9 and "-".
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for codes such as "en", "de-at", "zh-hans".</returns>
    public static bool IsValidBuiltInCode(string? code) => code is not null && BuiltInCodeRegex().IsMatch(code);

    /// <summary>
    /// Gets an interface message of this language or its fallbacks ("january", "pfunc_time_error" …),
    /// without parameters substituted. Only the messages the engine needs are included; pages of
    /// the MediaWiki namespace are not consulted here.
    /// </summary>
    /// <param name="key">The message key (first letter lowercase, underscores).</param>
    /// <returns>The message text, or <see langword="null"/> when no language in the chain has it.</returns>
    public string? GetMessage(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var data in _chain)
        {
            if (data.Messages.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// Gets a message with its parameters substituted for <c>$1</c>, <c>$2</c> …, or <c>⧼key⧽</c>
    /// when it is unknown (MediaWiki's display of a missing message).
    /// </summary>
    /// <param name="key">The message key.</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The message text.</returns>
    public string FormatMessage(string key, params ReadOnlySpan<string> parameters)
    {
        var text = GetMessage(key);
        if (text is null)
        {
            return "⧼" + key + "⧽";
        }

        return SubstituteParameters(text, parameters);
    }

    /// <inheritdoc/>
    public override string ToString() => Code;

    internal static string SubstituteParameters(string text, ReadOnlySpan<string> parameters)
    {
        if (parameters.Length == 0 || !text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var values = parameters.ToArray();
        return MessageParameterRegex().Replace(text, m =>
        {
            var n = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            return n >= 1 && n <= values.Length ? values[n - 1] : m.Value;
        });
    }

    [GeneratedRegex("^[a-z0-9-]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex BuiltInCodeRegex();

    [GeneratedRegex(@"\$(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex MessageParameterRegex();
}

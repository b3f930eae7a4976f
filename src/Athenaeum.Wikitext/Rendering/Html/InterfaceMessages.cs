using System.Collections.Frozen;
using System.Text.Json;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.Rendering.Html;

/// <summary>
/// The interface messages the renderer prints (TOC title, section edit links, red-link titles,
/// "Enlarge"): from the language data of <see cref="Language"/> when it has them, else from the
/// embedded <c>interface-messages.json</c> (the keys the renderer needs, from MediaWiki 1.39's
/// <c>languages/i18n/*.json</c>), following the language's fallback chain down to English.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class InterfaceMessages
{
    private const string ResourceName = "Athenaeum.Wikitext.Rendering.interface-messages.json";

    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, string>>> Messages = new(Load);

    /// <summary>Gets a message's text in a language, with <c>$1</c> replaced.</summary>
    /// <param name="languageCode">The language.</param>
    /// <param name="key">The message key.</param>
    /// <param name="arg">The value of <c>$1</c>, if any.</param>
    /// <returns>The text; the key in ⧼brackets⧽ when no language in the chain has it.</returns>
    public static string Get(string languageCode, string key, string? arg = null)
    {
        var language = Language.Get(languageCode);
        var text = language.GetMessage(key) ?? Lookup(language, key) ?? "⧼" + key + "⧽";
        return arg is null ? text : text.Replace("$1", arg, StringComparison.Ordinal);
    }

    /// <summary>Finds a message's text in a language, following its fallback chain down to English.</summary>
    /// <param name="languageCode">The language.</param>
    /// <param name="key">The message key.</param>
    /// <returns>The text, or <see langword="null"/> when no language in the chain has it.</returns>
    public static string? Find(string languageCode, string key)
    {
        var language = Language.Get(languageCode);
        return language.GetMessage(key) ?? Lookup(language, key);
    }

    private static string? Lookup(Language language, string key)
    {
        var table = Messages.Value;
        foreach (var code in language.Fallbacks.Prepend(language.Code).Append("en"))
        {
            if (table.TryGetValue(code, out var messages) && messages.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        return null;
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(InterfaceMessages).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Embedded resource missing: " + ResourceName);
        var data = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
            ?? throw new InvalidOperationException("Empty embedded resource: " + ResourceName);
        return data.ToFrozenDictionary(
            l => l.Key,
            l => l.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }
}

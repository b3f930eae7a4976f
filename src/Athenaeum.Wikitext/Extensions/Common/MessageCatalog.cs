using System.Collections.Frozen;
using System.Text.Json;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.Extensions.Common;

/// <summary>
/// The built-in interface messages of an extension in every language it is translated to (its
/// <c>i18n/*.json</c>), read from an embedded JSON resource of the form
/// <c>{"lang": {"key": "text", …}, …}</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class MessageCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    private MessageCatalog(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>Reads a catalog from a resource embedded in this assembly.</summary>
    /// <param name="resourceName">The resource's logical name.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing or is not a catalog.</exception>
    public static MessageCatalog FromResource(string resourceName)
    {
        using var stream = typeof(MessageCatalog).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("The embedded message catalog '" + resourceName + "' is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        var languages = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in document.RootElement.EnumerateObject())
        {
            var messages = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var message in language.Value.EnumerateObject())
            {
                messages[message.Name] = message.Value.GetString()
                    ?? throw new InvalidOperationException("Message '" + message.Name + "' of '" + language.Name + "' in '" + resourceName + "' is not a string.");
            }

            languages[language.Name] = messages.ToFrozenDictionary(StringComparer.Ordinal);
        }

        if (!languages.ContainsKey("en"))
        {
            throw new InvalidOperationException("The message catalog '" + resourceName + "' has no English messages.");
        }

        return new MessageCatalog(languages.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// Finds a message in a language, else in its fallback languages, else in English, as MediaWiki's
    /// message cache falls back.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <param name="key">The message key.</param>
    /// <returns>The text, or <see langword="null"/> when no language has the message.</returns>
    public string? Get(Language language, string key)
    {
        if (TryGet(language.Code, key, out var text))
        {
            return text;
        }

        foreach (var fallback in language.Fallbacks)
        {
            if (TryGet(fallback, key, out text))
            {
                return text;
            }
        }

        return TryGet("en", key, out text) ? text : null;
    }

    private bool TryGet(string code, string key, out string text)
    {
        text = string.Empty;
        return _byLanguage.TryGetValue(code, out var messages) && messages.TryGetValue(key, out text!);
    }
}

using System.Collections.Frozen;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.Rendering.Html;

/// <summary>
/// The interface messages the renderer prints (TOC title, section edit links, red-link titles):
/// from the language data of <see cref="Language"/> when it has them, else from this small table
/// (English and the corpus languages, from MediaWiki 1.39's <c>languages/i18n/*.json</c>) for the keys
/// the language data does not carry yet ("editsectionhint", "red-link-title"); other languages fall
/// back to English. TODO: drop the table once the language data holds these keys.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class InterfaceMessages
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Messages =
        new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["en"] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["toc"] = "Contents",
                ["editsection"] = "edit",
                ["editsectionhint"] = "Edit section: $1",
                ["red-link-title"] = "$1 (page does not exist)",
                ["thumbnail-more"] = "Enlarge",
                ["broken-file-category"] = "Pages with broken file links",
            }.ToFrozenDictionary(StringComparer.Ordinal),
            ["fat"] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["toc"] = "No mu nsɛm",
                ["editsection"] = "sesa mu",
                ["red-link-title"] = "$1 (kratafa yi nnyi hɔ)",
                ["broken-file-category"] = "Nkrataafa a wɔwɔ fael ahorow a onnyi hɔ",
            }.ToFrozenDictionary(StringComparer.Ordinal),
            ["de"] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["toc"] = "Inhaltsverzeichnis",
                ["editsection"] = "Bearbeiten",
                ["editsectionhint"] = "Abschnitt bearbeiten: $1",
                ["red-link-title"] = "$1 (Seite nicht vorhanden)",
                ["thumbnail-more"] = "vergrößern",
                ["broken-file-category"] = "Seiten mit defekten Dateilinks",
            }.ToFrozenDictionary(StringComparer.Ordinal),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets a message's text in a language, with <c>$1</c> replaced.</summary>
    /// <param name="languageCode">The language.</param>
    /// <param name="key">The message key.</param>
    /// <param name="arg">The value of <c>$1</c>, if any.</param>
    /// <returns>The text.</returns>
    public static string Get(string languageCode, string key, string? arg = null)
    {
        var text = Language.Get(languageCode).GetMessage(key)
            ?? (Messages.TryGetValue(languageCode, out var table) && table.TryGetValue(key, out var t) ? t : Messages["en"][key]);
        return arg is null ? text : text.Replace("$1", arg, StringComparison.Ordinal);
    }
}

using System.Text;

namespace Athenaeum.Web.Text;

/// <summary>
/// The site's addresses: articles at <c>/wiki/Title</c> (spaces as underscores, encoded as MediaWiki's
/// <c>wfUrlencode</c> does, so that the engine's own links are already canonical), Collections at
/// <c>/collection/Name</c>, search at <c>/search?q=</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class WikiUrls
{
    // PHP urlencode keeps A-Z a-z 0-9 - _ . ; wfUrlencode then restores these.
    private const string Kept = ";@$!*(),/~:";

    /// <summary>Gets the address of a page.</summary>
    /// <param name="prefixedTitle">The title with its namespace prefix, with spaces or underscores.</param>
    /// <returns>The address, for example <c>/wiki/The_Salt_Orchard</c>.</returns>
    public static string Article(string prefixedTitle) => "/wiki/" + Encode(prefixedTitle.Replace(' ', '_'));

    /// <summary>Gets the address of a Collection page.</summary>
    /// <param name="category">The category name without prefix.</param>
    /// <returns>The address, for example <c>/collection/1990s_drama_films</c>.</returns>
    public static string Collection(string category) => "/collection/" + Encode(category.Replace(' ', '_'));

    /// <summary>Gets the address of a search.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The address.</returns>
    public static string Search(string query) => "/search?q=" + Uri.EscapeDataString(query);

    /// <summary>Percent-encodes a path segment as MediaWiki's <c>wfUrlencode</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needs = false;
        foreach (var c in text)
        {
            if (!IsKept(c))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && IsKept((char)rune.Value))
            {
                sb.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < length; i++)
            {
                sb.Append('%').Append(HexUpper(bytes[i] >> 4)).Append(HexUpper(bytes[i] & 0xF));
            }
        }

        return sb.ToString();
    }

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' || Kept.Contains(c, StringComparison.Ordinal);

    private static char HexUpper(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}

using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Rendering.Html;

/// <summary>
/// Writing direction of content languages, for the <c>dir</c> attributes MediaWiki prints. TODO: move to
/// the Globalization of branch <c>funcs</c> once it has language metadata.
/// </summary>
internal static class Languages
{
    // Languages MediaWiki 1.39 marks $rtl = true (languages/messages/Messages*.php).
    private static readonly FrozenSet<string> RightToLeft = new[]
    {
        "ar", "arc", "arq", "ary", "arz", "azb", "bcc", "bgn", "bqi", "ckb", "dv", "fa", "glk", "he", "khw",
        "kk-arab", "kk-cn", "ks", "ks-arab", "ku-arab", "lki", "lrc", "luz", "mzn", "nqo", "pnb", "ps", "sd",
        "sdh", "skr", "skr-arab", "ug", "ug-arab", "ur", "yi",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets "rtl" or "ltr" for a language code.</summary>
    /// <param name="code">The language code.</param>
    /// <returns>The direction.</returns>
    public static string Direction(string code) => RightToLeft.Contains(code) ? "rtl" : "ltr";
}
